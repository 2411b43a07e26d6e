import { useState } from 'react';
import type { Project } from '../../core/model/index.ts';
import { EmbedDialog } from './EmbedDialog.tsx';

export interface EmbedButtonProps {
  /** The open timeline (`currentProject(state)`), asked for when the dialog opens. */
  getProject: () => Project;
  selectedEventId: string | null;
}

/** "Embed": opens the dialog with the code that puts this timeline in an article. */
export function EmbedButton({ getProject, selectedEventId }: EmbedButtonProps) {
  const [project, setProject] = useState<Project | null>(null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setProject(getProject())}>
        Embed
      </button>
      {project && (
        <EmbedDialog
          project={project}
          selectedEventId={selectedEventId}
          onClose={() => setProject(null)}
        />
      )}
    </>
  );
}
