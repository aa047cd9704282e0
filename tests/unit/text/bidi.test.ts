import { describe, expect, it } from 'vitest';
import { isolatedHtml, isolateValuesInHtml, ltrSegments } from '../../../src/lib/text/bidi';

const values = (text: string) => ltrSegments(text).filter((s) => s.ltr).map((s) => s.text);

describe('left-to-right values in text', () => {
  it('finds phone numbers, star numbers, emails, addresses and citations', () => {
    expect(values('להתקשר ל-+972 3-123 4567 או ל-*2000, או לכתוב ל-help@example.co.il')).toEqual(['+972 3-123 4567', '*2000', 'help@example.co.il']);
    expect(values('לפי 12 CFR 1026.13(b) ו-https://example.com/a?b=1.')).toEqual(['12 CFR 1026.13(b)', 'https://example.com/a?b=1']);
    expect(values('Ring 915 09 000 (kl. 8-16)')).toEqual(['915 09 000', '8-16']);
    expect(values('LOV-2002-06-21-34')).toEqual(['LOV-2002-06-21-34']);
  });

  it('leaves a bare number in the text, and two numbers side by side apart', () => {
    expect(values('תוך 90 יום')).toEqual([]);
    expect(values('בין יוני 2023 לספטמבר 2024 532 דיווחים')).toEqual([]);
    expect(values('מספר 03-123 4567 ו-1 800 555')).toEqual(['03-123 4567', '1 800 555']);
  });

  it('isolates each value and escapes the rest', () => {
    expect(isolatedHtml('a <b> (800) 221-1212 & c')).toBe('a &lt;b&gt; <bdi>(800) 221-1212</bdi> &amp; c');
  });
});

describe('isolateValuesInHtml', () => {
  it('isolates values in text, never in tags, attributes, scripts or code', () => {
    const html =
      '<html dir="rtl"><head><title>+1 800 555 1212</title></head><body><p data-x="+1 800 555 1212">להתקשר ל-+1 800 555 1212</p>' +
      '<script>const a = "1 2 3";</script><code>1 2 3</code><bdi>+1 (800) 1</bdi><a href="tel:+18005551212">+1 800-555-1212</a></body></html>';
    expect(isolateValuesInHtml(html)).toBe(
      '<html dir="rtl"><head><title>+1 800 555 1212</title></head><body><p data-x="+1 800 555 1212">להתקשר ל-<bdi>+1 800 555 1212</bdi></p>' +
        '<script>const a = "1 2 3";</script><code>1 2 3</code><bdi>+1 (800) 1</bdi><a href="tel:+18005551212"><bdi>+1 800-555-1212</bdi></a></body></html>',
    );
  });
});
