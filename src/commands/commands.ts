/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The 台账助手 button uses ShowTaskpane, so no
 * function is needed for it; `showTaizhang` is registered for ExecuteFunction buttons and keyboard shortcuts.
 */

/** Opens the task pane, then tells Office the command finished. */
export function showTaizhang(event: Office.AddinCommands.Event): void {
  const done = () => event.completed();
  if (Office.addin?.showAsTaskpane) Office.addin.showAsTaskpane().then(done, done);
  else done();
}

Office.onReady(() => {
  Office.actions?.associate('showTaizhang', showTaizhang);
});
