import { defineCommand } from '../types';
import { giveVerdict, verdictBlocked } from './verdict';

/** A reviewer approves the version viewed (or the latest). */
export default defineCommand({
  id: 'approve-version',
  title: 'Approve version',
  group: 'Review',
  args: [],
  keywords: ['approve', 'review', 'lgtm', 'accept', 'verdict'],
  when: verdictBlocked,
  run: (session, args) => giveVerdict(session, args, 'approved'),
});
