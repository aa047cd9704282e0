/** Export a case as a versioned JSON file, and import one back; a refused file changes nothing stored. */
import { CASE_FORMAT_VERSION, MAX_FILE_BYTES, caseFileName, readCaseFile, writeCaseFile, type ReadError } from '../../lib/case/format';
import { localDay } from '../../lib/case/days';
import { announce, warn } from './announce';
import { byId } from './dom';
import { download } from './download';
import type { CaseSession } from './session';
import { say, t } from './strings';

export function bindTransfer(session: CaseSession): void {
  const exportButton = byId<HTMLButtonElement>('case-export');
  const input = byId<HTMLInputElement>('case-import');

  exportButton.addEventListener('click', () => {
    const record = session.current;
    if (!record) return;
    const fileName = caseFileName(record, localDay(new Date()));
    download(writeCaseFile(record, new Date().toISOString()), fileName, 'application/json');
    announce(say('case.status.exported', { file: fileName }));
  });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again still counts as a change.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      warn(t('case.import.tooLarge'));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      warn(t('case.import.unreadable'));
      return;
    }
    const read = readCaseFile(text);
    if (!read.ok) {
      warn(refusalMessage(read.error));
      return;
    }
    try {
      const outcome = session.store.import(read.record, (name) => say('case.cases.copyName', { name }));
      session.select(outcome.record.id);
      const name = read.record.name;
      announce(
        outcome.kind === 'added'
          ? say('case.status.imported', { name })
          : outcome.kind === 'unchanged'
            ? say('case.status.alreadyHere', { name })
            : say('case.status.importedCopy', { name }),
      );
    } catch {
      warn(t('case.status.saveFailed'));
    }
  });
}

function refusalMessage(error: ReadError): string {
  switch (error.kind) {
    case 'too-large':
      return t('case.import.tooLarge');
    case 'not-json':
      return t('case.import.notJson');
    case 'foreign':
      return t('case.import.foreign');
    case 'newer':
      return say('case.import.newer', { version: error.version, supported: CASE_FORMAT_VERSION });
    case 'invalid':
      return say('case.import.invalid', { detail: `${error.invalid.path} ${error.invalid.problem}` });
  }
}
