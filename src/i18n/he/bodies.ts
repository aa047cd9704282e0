/** The complaint bodies above the companies. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/bodies';

export default {
  'body.entry': 'לפני שפונים אליו',
  'body.wait': 'לתת לחברה',
  'body.fee': 'עלות',
  'body.free': 'חינם',
  'body.deadlines': 'מגבלות זמן',
  'body.handles': 'במה הוא מטפל',
  'body.doesNotHandle': 'במה הוא לא מטפל',
  'body.decision': 'ההחלטה שלו',
  'body.decision.binding': 'מחייבת את החברה',
  'body.decision.advisory': 'המלצה: החברה רשאית לסרב לה',
  'body.decision.none': 'הוא לא מכריע בתיקים של יחידים',
  'body.contacts': 'איך פונים אליו',
  'body.complaintPage': 'הגשת תלונה',
  'body.website': 'אתר',
  'body.sectors': 'תחומים',
  'body.sectors.all': 'כל סוגי החברות',
  'body.step': 'שלב {step} ב{country}',
  'body.companies': 'חברות שבתחומו',
  'body.sources': 'מקורות',
  'bodies.title': 'גופי תלונות',
  'bodies.lead':
    'הרגולטורים, נציבי התלונות, ועדות התלונות ובתי המשפט שמעל החברות, מדינה אחר מדינה, לפי הסדר שבו פונים אליהם.',
  'bodies.country': '{country}',
} satisfies Translation<typeof en>;
