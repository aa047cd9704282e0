/**
 * The case builder's entry point. Everything runs in this browser: cases live
 * in localStorage, downloads are made from Blobs, and the only files fetched
 * are the site's own (this script and, on demand, the calendar library).
 */
import { bindCasesMenu } from './cases-menu';
import { bindCopyButtons } from './copy';
import { byId } from './dom';
import { bindFacts } from './facts-form';
import { bindLadder } from './ladder-view';
import { bindLog } from './log-view';
import { bindPrint } from './print-view';
import { loadDirectory } from './data';
import { CaseSession } from './session';
import { bindTexts } from './texts-view';
import { bindTransfer } from './transfer';

// The directory first: the facts form matches the company name against it as soon as a case loads.
await loadDirectory();
const session = new CaseSession();
bindCasesMenu(session);
bindFacts(session);
bindLog(session);
bindLadder(session);
bindTexts(session);
bindTransfer(session);
bindPrint(session);
const app = byId('case-app');
bindCopyButtons(app);
app.hidden = false;
