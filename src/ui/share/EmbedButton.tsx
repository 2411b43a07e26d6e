import { useState } from 'react';
import type { Project } from '../../core/model/index.ts';
import { EmbedDialog } from './EmbedDialog.tsx';

export interface EmbedButtonProps {
  project: Project;
  selectedEventId: string | null;
}

/** "Embed": opens the dialog with the code that puts this timeline in an article. */
export function EmbedButton({ project, selectedEventId }: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)}>
        Embed
      </button>
      {open && (
        <EmbedDialog
          project={project}
          selectedEventId={selectedEventId}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
