import { describe, expect, it } from 'vitest';
import { NODE_METRICS, nodeHeight, nodeWidth } from './metrics';

describe('nodeHeight', () => {
  it('is the header, one row per field and the bottom padding', () => {
    expect(nodeHeight(3, false)).toBe(36 + 3 * 24 + 6);
  });

  it('adds the docs strip when the block has documentation', () => {
    expect(nodeHeight(3, true) - nodeHeight(3, false)).toBe(NODE_METRICS.docsHeight);
  });

  it('keeps room for one row when a block has no fields', () => {
    expect(nodeHeight(0, false)).toBe(nodeHeight(1, false));
    expect(nodeHeight(0, false)).toBe(66);
  });
});

describe('nodeWidth', () => {
  it('never goes below the minimum width', () => {
    expect(nodeWidth('A', '', [{ name: 'id', type: 'Int', markers: 1 }])).toBe(NODE_METRICS.minWidth);
    expect(nodeWidth('Empty', '', [])).toBe(200);
  });

  it('fits the longest name and type plus the widest marker set', () => {
    // (9 + 8) chars × 7.4 + 2 markers × 22 + 62 chrome = 231.8
    expect(nodeWidth('User', '', [
      { name: 'id', type: 'Int', markers: 2 },
      { name: 'createdAt', type: 'DateTime', markers: 0 },
    ])).toBe(232);
  });

  it('takes name, type and markers from different rows', () => {
    const rows = [
      { name: 'subscriptionEnd', type: 'Int', markers: 0 }, // 15-char name
      { name: 'x', type: 'Json?', markers: 0 }, // 5-char type
      { name: 'y', type: 'Int', markers: 3 },
    ];
    // (15 + 5) × 7.4 + 3 × 22 + 62 = 276
    expect(nodeWidth('M', '', rows)).toBe(276);
  });

  it('grows for a long title and its subtitle', () => {
    const title = 'OrganizationMembershipInvitation'; // 32 chars
    const withoutSubtitle = nodeWidth(title, '', []);
    expect(withoutSubtitle).toBe(Math.round(32 * 8.4 + 48));
    expect(nodeWidth(title, 'organization_membership_invitations', [])).toBeGreaterThan(withoutSubtitle);
  });

  it('is capped at the maximum width', () => {
    expect(nodeWidth('X'.repeat(200), '', [])).toBe(NODE_METRICS.maxWidth);
    expect(nodeWidth('X', '', [{ name: 'n'.repeat(100), type: 'String', markers: 0 }])).toBe(460);
  });
});
