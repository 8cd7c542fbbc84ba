// The popup's first script, built as a classic script without imports (WXT's unlisted script)
// and loaded at the end of the popup's body: see src/ui/popup/shell.ts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startShell } from '../src/ui/popup/shell';

export default defineUnlistedScript(() => {
  startShell();
});
