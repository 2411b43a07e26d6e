export * from './span.ts';
export * from './timex.ts';
export * from './date.ts';
export * from './event.ts';
export * from './document.ts';
export * from './edits.ts';
export * from './project.ts';
