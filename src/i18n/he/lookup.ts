/** Look up a number. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/lookup';

export default {
  'lookup.title': 'בדיקת מספר טלפון',
  'lookup.lead': 'אפשר להדביק כאן מספר שמישהו נתן לך, בכל צורת כתיבה, גם באותיות. נציג של מי הוא ובאיזה שלב בסולם, אם הוא ישן, ואם הוא מספר הונאה ידוע.',
  'lookup.label': 'מספר טלפון',
  'lookup.hint': 'למשל 866-510-9715, +1 866 510 9715 או 1-800-JENNAIR.',
  'lookup.submit': 'בדיקה',
  'lookup.noscript':
    'הבדיקה דורשת JavaScript. כל המספרים שאנחנו מכירים מופיעים למטה: אפשר לחפש בהם עם חיפוש הדפדפן (Ctrl+F), או לעיין ברשימת החברות מא׳ עד ת׳.',
  'lookup.loadError': 'לא הצלחנו לטעון את המאגר. כל המספרים שאנחנו מכירים מופיעים למטה.',
  'lookup.all': 'כל המספרים במאגר',
  'lookup.allLead': 'מספרים בתוקף, לא מאומתים וישנים, ומספרי ההונאה הידועים שמתחזים לחברה.',
  'lookup.col.number': 'מספר',
  'lookup.col.company': 'חברה',
  'lookup.col.contact': 'איש קשר',
  'lookup.col.status': 'מצב',
  'lookup.status.scam': 'הונאה ידועה',
  'lookup.answer.current': 'במאגר: בתוקף',
  'lookup.answer.unverified': 'במאגר: לא מאומת',
  'lookup.answer.superseded': 'מספר ישן: הוחלף',
  'lookup.answer.retired': 'מספר ישן: כבר לא בשימוש',
  'lookup.answer.scam': 'אזהרת הונאה: מספר מזויף שמתחזה ל-{company}',
  'lookup.answer.unknown': 'לא במאגר שלנו',
  'lookup.answer.belongs': '{company}: {label}, בשלב „{rung}” בסולם.',
  'lookup.answer.fax': 'זה מספר פקס.',
  'lookup.answer.shortCode': 'מספר מקוצר: מחייגים אליו כפי שהוא כתוב, רק מטלפון בישראל.',
  'lookup.answer.asOf': 'תאריך המקור: {date}.',
  'lookup.answer.unverifiedNote':
    'רק מקור אחד, לא מאומת, נותן את המספר הזה. כדאי לבדוק אותו באתר של {company} לפני שמתקשרים.',
  'lookup.answer.supersededNote': 'הוא אינו נכון עוד מאז {date}. כדאי להשתמש במספר הנוכחי:',
  'lookup.answer.replacedNote': 'הוא הוחלף. כדאי להשתמש במספר הנוכחי:',
  'lookup.answer.retiredNote': 'הוא כבר לא בשימוש. אפשר להתקשר למספר הזה:',
  'lookup.answer.scamNote': 'זה לא המספר של {company}. לא להתקשר אליו, ולעולם לא למסור למי שעונה בו מספר כרטיס, סיסמה או קוד הזמנה. הוא הופיע בתוך {seenOn}.',
  'lookup.answer.callInstead': 'המספר של {company} עצמה:',
  'lookup.answer.unknownNote': 'זה לא אומר שהוא אמיתי או מזויף. כדאי למצוא בעצמך את האתר של החברה, לא דרך מודעה או תוצאת חיפוש, ולבדוק שם את המספר לפני שמתקשרים.',
  'lookup.answer.invalid': 'זה לא מספר טלפון מלא. יש להקליד את כל הספרות, כולל הקידומת.',
  'lookup.answer.companyLink': 'כל אנשי הקשר של {company}',
  'lookup.answer.checkLink': 'דף יצירת הקשר של {company}',
  'lookup.answer.browse': 'לרשימת החברות מא׳ עד ת׳',
} satisfies Translation<typeof en>;
