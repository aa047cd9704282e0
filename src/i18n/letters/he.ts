/**
 * The Israeli letters, in Hebrew whatever the page's language: they go to an
 * Israeli business or card company. Written for this site from the rules on
 * the tactic pages (חוק הגנת הצרכן §§ 14ג and 13ד, חוק שירותי תשלום); slots in
 * {braces} are filled by src/lib/case/texts/. Worded without gendered verb
 * forms ("הריני", "אבקש"), so they fit any writer.
 */
export const heLetters = {
  'case.letter.il.to': 'לכבוד',
  'case.letter.il.idLine': 'ת"ז {id}',
  'case.letter.il.distance.subject': 'הנדון: הודעה על ביטול עסקת מכר מרחוק לפי סעיף 14ג לחוק הגנת הצרכן',
  'case.letter.il.distance.intro': 'הריני להודיע בזאת על ביטול העסקה שביצעתי עמכם מרחוק{order}.',
  'case.letter.il.distance.order': ' (מספר הזמנה {order})',
  'case.letter.il.distance.received':
    'ביום {received} קיבלתי את המוצר או את פרטי העסקה בכתב, לפי המאוחר מביניהם, ולפיכך הודעה זו נמסרת בתוך 14 הימים הקבועים בסעיף 14ג לחוק.',
  'case.letter.il.distance.refund':
    'אבקש לבטל את החיוב ולהשיב לי את התמורה ששילמתי, {amount}, בניכוי דמי ביטול שלא יעלו על 5% מהמחיר או 100 ש"ח, לפי הנמוך מביניהם.',
  'case.letter.il.distance.goods': 'אבקש לתאם עמי את אופן החזרת המוצר.',
  'case.letter.il.ongoing.subject': 'הנדון: הודעה על ביטול עסקה מתמשכת לפי סעיף 13ד לחוק הגנת הצרכן',
  'case.letter.il.ongoing.intro': 'הריני להודיע בזאת על ביטול ההתקשרות עמכם{account}, החל ממועד מסירת הודעה זו.',
  'case.letter.il.ongoing.account': ' (מספר לקוח {account})',
  'case.letter.il.ongoing.stop': 'אבקש להפסיק את החיובים בתוך המועד הקבוע בסעיף 13ד לחוק.',
  'case.letter.il.ongoing.confirm': 'אבקש לקבל אישור בכתב על הביטול ועל המועד שבו יופסקו החיובים.',
  'case.letter.il.card.subject': 'הנדון: הכחשת חיוב בעסקה מרחוק לפי חוק שירותי תשלום, התשע"ט-2019 (כרטיס {account})',
  'case.letter.il.card.charge': 'ביום {chargeDate} חויב כרטיסי בסך {amount} לטובת {company}, בעסקה שנעשתה מרחוק, שלא בנוכחותי (בטלפון או באינטרנט).',
  'case.letter.il.card.what': 'פרטי המקרה: {whatHappened}',
  'case.letter.il.card.learned': 'על החיוב נודע לי ביום {learned}, והודעה זו נמסרת בתוך 30 הימים הקבועים בחוק.',
  'case.letter.il.card.claim': 'בהתאם לחוק שירותי תשלום, אבקש לזכות את חשבוני בסכום החיוב, {amount}.',
  'case.letter.il.tried': 'צעדים שכבר נקטתי בעניין: {steps}',
  'case.letter.il.evidence': 'מסמכים מצורפים: {evidence}',
  'case.letter.il.receipt': 'אבקש לאשר בכתב את קבלת הודעה זו.',
  'case.letter.il.closing': 'בכבוד רב,',
  'case.letter.blank.id': '[מספר תעודת זהות]',
} as const;
