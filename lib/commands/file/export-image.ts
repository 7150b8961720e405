import { downloadExport } from '../../session/export';
import { IMAGE_FORMATS, IMAGE_SCALES, IMAGE_THEMES, parseImageArgs } from '../../export/image-name';
import { defineCommand } from '../types';

export default defineCommand({
  id: 'export-image',
  title: 'Export image',
  group: 'File',
  args: [
    { name: 'format', label: 'Format', kind: 'choice', choices: IMAGE_FORMATS, choiceLabels: { svg: 'SVG (vector)', png: 'PNG' }, initial: 'png' },
    { name: 'scale', label: 'Scale', kind: 'choice', choices: IMAGE_SCALES, choiceLabels: { 1: '1×', 2: '2×', 4: '4×' }, initial: '2' },
    { name: 'theme', label: 'Theme', kind: 'choice', choices: IMAGE_THEMES, choiceLabels: { light: 'Light background', dark: 'Dark background' }, initial: 'light' },
  ],
  keywords: ['png', 'svg', 'picture', 'screenshot', 'diagram', 'download'],
  run: async (session, a) => {
    const parsed = parseImageArgs(a);
    if (!parsed.ok) return parsed;
    if (!session.port('image')) return { ok: false, reason: 'Open the diagram to export it as an image' };
    return downloadExport(session, 'image', parsed.value, undefined, 'Could not export the image');
  },
});
