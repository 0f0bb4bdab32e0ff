// The rule for GitHub Actions in our workflows: every action pinned by its full commit SHA, with
// the version it stands for in a comment beside it (so that a reader and an update tool see it).

/** Problems with the `uses:` lines of a workflow file. */
export function unpinnedActions(workflow: string): string[] {
  return [...workflow.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].flatMap(([line, ref, comment]) => {
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!)) return [`${line!.trim()}: pin the action by its full commit SHA`];
    if (!/^ # v\d+\.\d+\.\d+$/.test(comment!)) return [`${line!.trim()}: add the version as a comment, e.g. # v4.2.2`];
    return [];
  });
}
