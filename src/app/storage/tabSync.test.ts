import { describe, expect, it } from 'vitest';
import { createTabSync, type ChannelLike, type TabMessage } from './tabSync.ts';

/** Channels that deliver to every other channel on the same bus, as BroadcastChannel does. */
function bus() {
  const channels: ChannelLike[] = [];
  return () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        for (const other of channels) {
          if (other !== channel) other.onmessage?.({ data: message } as MessageEvent<TabMessage>);
        }
      },
      close() {
        channels.splice(channels.indexOf(channel), 1);
      },
    };
    channels.push(channel);
    return channel;
  };
}

describe('createTabSync', () => {
  it('tells the other tabs of a save, not itself', () => {
    const open = bus();
    const heardA: TabMessage[] = [];
    const heardB: TabMessage[] = [];
    const a = createTabSync((m) => heardA.push(m), open);
    const b = createTabSync((m) => heardB.push(m), open);
    a.announce({ kind: 'saved', timelineId: 't1', revision: 3 });
    expect(heardA).toEqual([]);
    expect(heardB).toEqual([{ kind: 'saved', timelineId: 't1', revision: 3, tabId: a.tabId }]);
    b.close();
    a.announce({ kind: 'removed', timelineId: 't1' });
    expect(heardB).toHaveLength(1);
  });

  it('works without BroadcastChannel', () => {
    const sync = createTabSync(
      () => undefined,
      () => null,
    );
    expect(() => sync.announce({ kind: 'listChanged' })).not.toThrow();
  });
});
