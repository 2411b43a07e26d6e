import { describe, expect, it } from 'vitest';
import { historyKey } from './useUndoKeys.ts';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => historyKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('historyKey', () => {
  it('reads Ctrl+Z and Cmd+Z as undo', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
  });
  it('reads Ctrl/Cmd+Shift+Z and Ctrl+Y as redo', () => {
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
  });
  it('leaves plain letters and Alt combinations alone', () => {
    expect(press('z')).toBeNull();
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(press('y', { metaKey: true })).toBeNull();
  });
});
