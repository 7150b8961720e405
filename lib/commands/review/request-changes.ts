import { defineCommand } from '../types';
import { giveVerdict, verdictBlocked } from './verdict';

/** A reviewer asks for changes on the version viewed (or the latest). */
export default defineCommand({
  id: 'request-changes',
  title: 'Request changes',
  group: 'Review',
  args: [],
  keywords: ['reject', 'review', 'changes requested', 'verdict'],
  when: verdictBlocked,
  run: (session, args) => giveVerdict(session, args, 'changes_requested'),
});
