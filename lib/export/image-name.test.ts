import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, fitPngScale, imageBaseName, imageFileName, parseImageArgs, pngSize } from './image-name';

describe('parseImageArgs', () => {
  it('reads format, scale and theme, with PNG at 2× on light as the default', () => {
    expect(parseImageArgs({ format: 'svg', scale: '4', theme: 'dark' })).toEqual({ ok: true, value: { format: 'svg', scale: 4, theme: 'dark' } });
    expect(parseImageArgs({})).toEqual({ ok: true, value: { format: 'png', scale: 2, theme: 'light' } });
    expect(parseImageArgs({ format: ' PNG ', scale: '2x', theme: '' })).toEqual({ ok: true, value: { format: 'png', scale: 2, theme: 'light' } });
  });

  it('names what is wrong', () => {
    expect(parseImageArgs({ format: 'gif' })).toEqual({ ok: false, reason: 'Choose the format svg or png (not gif)' });
    expect(parseImageArgs({ scale: '3' })).toEqual({ ok: false, reason: 'Choose the scale 1, 2, 4 (not 3)' });
    expect(parseImageArgs({ theme: 'sepia' })).toMatchObject({ ok: false });
  });
});

describe('file names', () => {
  it('takes the name of a single file, or "schema"', () => {
    expect(imageBaseName(['schema.prisma'])).toBe('schema');
    expect(imageBaseName(['prisma/billing.prisma'])).toBe('billing');
    expect(imageBaseName(['a.prisma', 'b.prisma'])).toBe('schema');
    expect(imageBaseName(['my shop (v2).prisma'])).toBe('my-shop-v2');
    expect(imageBaseName(['.prisma'])).toBe('schema');
  });

  it('marks the scale like @2x assets', () => {
    expect(imageFileName('schema', 'png', 1)).toBe('schema-diagram.png');
    expect(imageFileName('schema', 'png', 2)).toBe('schema-diagram@2x.png');
    expect(imageFileName('shop', 'svg', 4)).toBe('shop-diagram@4x.svg');
    expect(imageFileName('shop', 'png', 1.37)).toBe('shop-diagram@1.37x.png');
  });
});

describe('fitPngScale', () => {
  it('keeps the scale asked for when the PNG fits', () => {
    expect(fitPngScale(1200, 800, 2)).toEqual({ scale: 2, width: 2400, height: 1600, reduced: false });
    expect(fitPngScale(4096, 4096, 4)).toEqual({ scale: 4, width: 16384, height: 16384, reduced: false });
  });

  it('reduces the scale to stay within 16384 px a side', () => {
    const fit = fitPngScale(9000, 3000, 4);
    expect(fit.reduced).toBe(true);
    expect(fit.scale).toBe(1.82);
    expect(fit.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
  });

  it('reduces the scale to stay within the pixel area', () => {
    const fit = fitPngScale(12000, 12000, 2, { maxSide: 32767, maxPixels: 268_435_456 });
    expect(fit.reduced).toBe(true);
    expect(fit.width * fit.height).toBeLessThanOrEqual(268_435_456);
    expect(fit.scale).toBeGreaterThan(1.3);
  });

  it('goes below 1× for a diagram larger than any canvas', () => {
    const fit = fitPngScale(40000, 2000, 1);
    expect(fit).toMatchObject({ reduced: true, scale: 0.4 });
    expect(fit.width).toBeLessThanOrEqual(16384);
  });

  it('refuses an empty diagram', () => {
    expect(() => fitPngScale(0, 100, 1)).toThrow('no size');
  });
});

describe('pngSize', () => {
  it('reads the IHDR size', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x09, 0x60, 0, 0, 0x06, 0x40, 8, 6, 0, 0, 0]);
    expect(pngSize(bytes)).toEqual({ width: 2400, height: 1600 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
