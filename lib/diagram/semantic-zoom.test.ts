import { describe, expect, it } from 'vitest';
import { boundsOf, MIN_NAME_PX, minZoomFor, nameFontSize, NAME_PX, zoomLevel } from './semantic-zoom';

describe('zoomLevel', () => {
  it('draws rows in full at readable zooms', () => {
    expect(zoomLevel(1, 300)).toBe('full');
    expect(zoomLevel(0.4, 300)).toBe('full');
  });
  it('draws rows as bars when their text would be too small', () => {
    expect(zoomLevel(0.39, 15)).toBe('compact');
    expect(zoomLevel(0.05, 15)).toBe('compact');
  });
  it('switches large diagrams to the overview when zoomed far out, never small ones', () => {
    expect(zoomLevel(0.1, 300)).toBe('overview');
    expect(zoomLevel(0.1, 79)).toBe('compact');
    expect(zoomLevel(0.2, 2400)).toBe('compact');
  });
});

describe('nameFontSize', () => {
  it('keeps the name at its own size while legible', () => {
    expect(nameFontSize(1)).toBe(NAME_PX);
    expect(nameFontSize(2)).toBe(NAME_PX);
  });
  it('keeps the name at least 10 px on screen when zoomed out', () => {
    for (const zoom of [0.7, 0.5, 0.3, 0.2, 0.1]) expect(nameFontSize(zoom) * zoom).toBeGreaterThanOrEqual(MIN_NAME_PX - 1e-9);
  });
});

describe('minZoomFor', () => {
  it('lets a huge diagram fit the viewport', () => {
    const zoom = minZoomFor({ width: 60_000, height: 40_000 }, { width: 900, height: 700 });
    expect(60_000 * 1.2 * zoom).toBeLessThanOrEqual(900);
    expect(40_000 * 1.2 * zoom).toBeLessThanOrEqual(700);
  });
  it('never forbids zooming out to 0.05', () => {
    expect(minZoomFor({ width: 800, height: 600 }, { width: 900, height: 700 })).toBe(0.05);
    expect(minZoomFor({ width: 0, height: 0 }, { width: 900, height: 700 })).toBe(0.05);
  });
});

describe('boundsOf', () => {
  it('spans every node', () => {
    expect(boundsOf([{ position: { x: -10, y: 5 }, width: 100, height: 50 }, { position: { x: 200, y: 100 }, width: 20, height: 20 }])).toEqual({ x: -10, y: 5, width: 230, height: 115 });
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
