import { withProfile } from '../../advisories/config';
import { PROFILES, type Profile } from '../../advisories/types';
import { defineCommand, ok } from '../types';

/** The default profile keeps to real defects; strict adds the policy and style rules (naming, timestamps…). */
export default defineCommand({
  id: 'set-advisory-profile',
  title: 'Set advisory profile',
  group: 'Schema',
  args: [
    {
      name: 'profile',
      label: 'Profile',
      kind: 'choice',
      choices: PROFILES,
      choiceLabels: { default: 'Default (real defects only)', strict: 'Strict (adds naming, timestamps and other policy rules)' },
      initial: 'default',
    },
  ],
  keywords: ['strict', 'policy', 'style', 'rules', 'schema-canvas.json', 'lint'],
  run: (session, a) => {
    const profile = a.profile as Profile;
    if (!PROFILES.includes(profile)) return { ok: false, reason: 'Choose the default or the strict profile' };
    const s = session.store.getState();
    s.setAdvisoryConfig(withProfile(s.advisoryConfig, profile));
    session.notify('info', profile === 'strict' ? 'Strict profile: policy and style rules are on' : 'Default profile: only rules for real defects are on');
    return ok();
  },
});
