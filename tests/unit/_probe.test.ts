import { test } from 'vitest';
import { parsePhone, vanityToDigits, typedForms, tryParsePhone } from '../../src/lib/phone';
import { formatIsoDate, isRealIsoDate } from '../../src/lib/dates';
import { companySchema } from '../../src/schemas/company';
import { isoDate } from '../../src/schemas/date';
import { groupByInitial } from '../../src/lib/alphabet';
test('probe', () => {
  for (const v of ['8665109715','866-510-9715','(866) 510-9715','866 510 9715','+1 866 510 9715','1-866-510-9715','123','+1 555 010','1-800-EXPEDIA','1-800-JENNAIR','1-800-XFINITY', '+44 20 7946 0958', '+1 555-010-1234', '0000000000']) {
    try { console.log(v, JSON.stringify(parsePhone(v))); } catch (e) { console.log(v, 'THROWS', (e as Error).message); }
  }
  console.log(typedForms(parsePhone('866-510-9715')));
  console.log(formatIsoDate('2024-02-12'), formatIsoDate('2024-02'), formatIsoDate('2024'), formatIsoDate('0099'));
  console.log(isRealIsoDate('0000'), isRealIsoDate('0099-01-01'), isRealIsoDate('2024-00'), isRealIsoDate('2024-01-00'));
  console.log(JSON.stringify(isoDate.safeParse(new Date('2023-03-02')).error?.issues));
  console.log(JSON.stringify(isoDate.safeParse('2023-02-30').error?.issues));
  console.log(JSON.stringify(isoDate.safeParse(20230230).error?.issues));
  console.log(JSON.stringify(groupByInitial(['Émile','zeta','3M','apple','Ápple','_x','Ørsted','Łódź', 'Æon'], s=>s)));
});
