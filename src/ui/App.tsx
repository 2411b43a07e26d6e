import { SEED_ARTICLE } from '../app/seed/seed.ts';

/** TODO(ui): the timeline, list, detail panel and article view. */
export function App() {
  return (
    <main>
      <h1>Datelines</h1>
      <p>{SEED_ARTICLE.title}</p>
    </main>
  );
}
