import { expect, type Locator, type Page } from '@playwright/test';

/** The app's main parts, found the way a screen reader user finds them. */
export function parts(page: Page) {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const list = page.getByRole('list', { name: 'Events' });
  return {
    timeline,
    /** One per event; `.vis-item-content` exists once per item (points also draw a dot). */
    timelineItems: timeline.locator('.vis-item-content'),
    list,
    listButtons: list.getByRole('listitem').getByRole('button'),
    details: page.getByRole('region', { name: 'Event details' }),
    article: page.getByRole('region', { name: 'Article' }),
  };
}

/**
 * Opens the app (optionally at a hash) and waits until the engine's events are listed and
 * the timeline, which loads after the rest of the page, has drawn them.
 */
export async function openTimeline(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status')).not.toHaveText(/Reading/);
  await expect(parts(page).timelineItems.first()).toBeVisible({ timeout: 15_000 });
}

/** The event id in the address, or null. */
export function hashEventId(page: Page): string | null {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(1)).get('event');
}

export async function expectHashEvent(page: Page): Promise<string> {
  await expect.poll(() => hashEventId(page)).not.toBeNull();
  return hashEventId(page) as string;
}

/** The visible window of the timeline, as exposed on the region. */
export async function visibleWindow(timeline: Locator): Promise<{ start: number; end: number }> {
  const [start, end] = await Promise.all([
    timeline.getAttribute('data-window-start'),
    timeline.getAttribute('data-window-end'),
  ]);
  return { start: Date.parse(start ?? ''), end: Date.parse(end ?? '') };
}

export async function windowWidth(timeline: Locator): Promise<number> {
  const { start, end } = await visibleWindow(timeline);
  return end - start;
}

/**
 * Checks that the event `id` is selected everywhere: the address, the details heading
 * (the title its list button begins with), the list, the timeline and the article marks.
 */
export async function expectSelected(page: Page, title: string): Promise<string> {
  const { details, list, timeline, article } = parts(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  const id = await expectHashEvent(page);
  await expect(list.locator('button[aria-current="true"]')).toHaveCount(1);
  await expect(list.locator('button[aria-current="true"]')).toHaveAccessibleName(
    new RegExp(`^${escapeRegExp(title)}`),
  );
  await expect(timeline.locator('.vis-selected .tl-title')).toHaveText(title);
  await expect(article.locator(`mark.is-selected[data-events~="${id}"]`).first()).toBeVisible();
  return id;
}

/** The event title a list button's accessible name begins with (name = "title, date[, planned]"). */
export async function titleOfButton(button: Locator): Promise<string> {
  const title = await button.locator('.event-title').textContent();
  return (title ?? '').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the element lies within the timeline's drawing area, left to right. */
export async function isInTimelineView(timeline: Locator, element: Locator): Promise<boolean> {
  const frame = await timeline.locator('.vis-center').boundingBox();
  const box = await element.boundingBox();
  if (!frame || !box) return false;
  return box.x + box.width > frame.x && box.x < frame.x + frame.width;
}

/**
 * Opens the "New timeline" or "Add article" form, fills in what is given and asks for the
 * events. The caller waits for what it expects to follow.
 */
export async function submitArticle(
  page: Page,
  form: 'New timeline' | 'Add article',
  story: { text: string; date: string; title?: string; url?: string },
): Promise<void> {
  await page.getByRole('button', { name: form, exact: true }).click();
  const dialog = page.getByRole('form', { name: form });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(story.text);
  if (story.title !== undefined)
    await dialog.getByRole('textbox', { name: 'Title' }).fill(story.title);
  if (story.url !== undefined)
    await dialog.getByRole('textbox', { name: 'Source URL' }).fill(story.url);
  await dialog.getByRole('textbox', { name: 'Publication date' }).fill(story.date);
  await dialog.getByRole('button', { name: 'Extract events' }).click();
}
