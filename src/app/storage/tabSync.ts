/** What one tab tells the others about saved timelines. */
export type TabNews =
  | { kind: 'saved'; timelineId: string; revision: number }
  | { kind: 'removed'; timelineId: string }
  | { kind: 'listChanged' };

export type TabMessage = TabNews & { tabId: string };

/** The part of a BroadcastChannel used here, so tests can pass a fake. */
export interface ChannelLike {
  postMessage: (message: TabMessage) => void;
  onmessage: ((event: MessageEvent<TabMessage>) => void) | null;
  close: () => void;
}

export interface TabSync {
  readonly tabId: string;
  announce: (news: TabNews) => void;
  close: () => void;
}

/**
 * Tells other tabs of the same app when this one saves or deletes a timeline, and hears
 * them; a tab learns at once that the timeline it shows was changed elsewhere. Without
 * BroadcastChannel the revision check on save still refuses a silent overwrite.
 */
export function createTabSync(
  onMessage: (message: TabMessage) => void,
  openChannel: () => ChannelLike | null = defaultChannel,
): TabSync {
  const tabId = Math.random().toString(36).slice(2);
  const channel = openChannel();
  if (channel) {
    channel.onmessage = (event) => {
      if (event.data.tabId !== tabId) onMessage(event.data);
    };
  }
  return {
    tabId,
    announce(news) {
      channel?.postMessage({ ...news, tabId });
    },
    close() {
      channel?.close();
    },
  };
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel('datelines-timelines');
}
