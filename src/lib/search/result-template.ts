/**
 * The Pagefind result template: a result says whether it is a tactic, a
 * company or a complaint body, gives its summary, and for a company the key
 * contact, which the search script replaces with the contact that matched
 * when the query is one of the company's numbers. It holds no words of its
 * own, so one template serves every language, and it ships with the search
 * script (loaded when search opens) rather than in every page's HTML.
 * Pagefind escapes {{ }} values; only the excerpt ({{+ +}}) carries its <mark> tags.
 * Our own classes do not start with "pf-": Pagefind's CSS resets every element
 * whose class does (`all: revert`), which would undo their styles.
 */
export const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title">{{#if meta.type}}<span class="result-type">{{ meta.type }}</span>{{/if}}
<a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if meta.summary}}<p class="result-summary">{{ meta.summary }}</p>{{/if}}
{{#if meta.contact}}<p class="result-contact" data-result-contact>{{ meta.contact }}</p>{{/if}}
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
</div></div></li>`;
