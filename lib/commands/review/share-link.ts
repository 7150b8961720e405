import { defineCommand, ok } from '../types';

/** Opens the share dialog: links with View, Comment or Edit access, and the owner's list of links. */
export default defineCommand({
  id: 'share-link',
  title: 'Share link',
  group: 'Review',
  args: [],
  keywords: ['share', 'link', 'invite', 'review', 'collaborate', 'url', 'revoke'],
  run: (session) => {
    session.review.panels.setState({ share: true });
    return ok();
  },
});
