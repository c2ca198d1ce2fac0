// Marsad's page: hash routes (#/search?q=, #/article/ID, #/story/ID, #/entity/ID, #/stories) over the JSON API.
// Article text is untrusted: every piece of it enters the DOM as a text node (textContent), never as markup.

const view = document.getElementById('view');
const TYPE_NAMES = { PERS: 'شخص', PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };
const KIND_NAMES = { direct: 'مباشر', indirect: 'غير مباشر', mixed: 'مختلط' };

// ---- DOM helpers -------------------------------------------------------------------------------------------

/** Creates an element; strings among the children become text nodes. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** A link to one of the page's own routes; parts are URI-encoded so no id can leave the hash. */
function routeLink(text, ...parts) {
  return el('a', { href: '#/' + parts.map(encodeURIComponent).join('/') }, text);
}

function show(...children) {
  view.replaceChildren(...children.filter(Boolean));
  window.scrollTo(0, 0);
}

const STATUS_NAMES = { 400: 'طلب غير صحيح', 404: 'غير موجود', 413: 'الطلب أكبر من المسموح', 429: 'طلبات كثيرة', 503: 'المخزن غير متاح' };

/** An error for the reader: what went wrong in Arabic, then the server's own detail (often English) isolated. */
function errorBox(message, status) {
  return el('div', { class: 'error', role: 'alert' },
    el('strong', {}, status ? `${STATUS_NAMES[status] || 'خطأ'} (${status})` : 'تعذّر تحميل الصفحة'),
    message && el('bdi', { class: 'detail', dir: 'auto' }, message));
}

// ---- API ---------------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new ApiError(detail || '', response.status);
  }
  return body;
}

// ---- snippets ----------------------------------------------------------------------------------------------

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references of an escaped snippet piece into plain text. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()] : whole;
  });
}

/** The server's snippet is escaped text with only <mark> tags: rebuild it as text nodes and <mark> elements. */
function snippetNodes(snippet) {
  const nodes = [];
  let inMark = false;
  for (const piece of (snippet || '').split(/(<\/?mark>)/)) {
    if (piece === '<mark>') inMark = true;
    else if (piece === '</mark>') inMark = false;
    else if (piece) nodes.push(inMark ? el('mark', {}, decodeEntities(piece)) : document.createTextNode(decodeEntities(piece)));
  }
  return nodes;
}

// ---- routing -----------------------------------------------------------------------------------------------

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(p => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { name: parts[0] || 'search', id: parts.slice(1).join('/'), params: new URLSearchParams(query) };
}

function go(name, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, value);
  const qs = query.toString();
  location.hash = `#/${name}${qs ? '?' + qs : ''}`;
}

let generation = 0;

async function route() {
  const current = ++generation;
  const { name, id, params } = parseHash();
  document.getElementById('q').value = name === 'search' ? params.get('q') || '' : document.getElementById('q').value;
  try {
    let content;
    if (name === 'article' && id) content = await articleView(id);
    else if (name === 'story' && id) content = await storyView(id);
    else if (name === 'entity' && id) content = await entityView(id);
    else if (name === 'stories') content = await storiesView(params);
    else if (name === 'quotes') content = await quotesView(params);
    else if (name === 'numbers') content = await numbersView(params);
    else content = await searchView(params);
    if (current === generation) show(content);
  } catch (error) {
    if (current === generation) show(error instanceof ApiError ? errorBox(error.message, error.status) : errorBox(''));
    if (!(error instanceof ApiError)) console.error(error);
  }
}

// ---- search ------------------------------------------------------------------------------------------------

const FILTERS = [['outlet', 'المصدر'], ['entity', 'كيان'], ['speaker', 'المتحدث']];

async function searchView(params) {
  const query = new URLSearchParams();
  for (const key of ['q', 'entity', 'speaker', 'outlet', 'from', 'to', 'page']) if (params.get(key)) query.set(key, params.get(key));
  query.set('size', '10');
  const data = await api('/api/search?' + query);
  const state = Object.fromEntries(params);
  const title = state.q ? `نتائج البحث عن «${state.q}»` : 'أحدث الأخبار';

  const filterBar = el('div', { class: 'filters' });
  for (const [key, label] of FILTERS) {
    if (state[key]) {
      filterBar.append(el('span', { class: 'chip' }, `${label}: ${state[key]}`,
        el('button', { type: 'button', class: 'secondary', 'aria-label': 'إزالة', onclick: () => go('search', { ...state, [key]: '', page: '' }) }, '×')));
    }
  }
  const from = el('input', { type: 'date', value: state.from || '', 'aria-label': 'من تاريخ' });
  const to = el('input', { type: 'date', value: state.to || '', 'aria-label': 'إلى تاريخ' });
  filterBar.append(el('label', {}, 'من ', from), el('label', {}, 'إلى ', to),
    el('button', { type: 'button', class: 'secondary', onclick: () => go('search', { ...state, from: from.value, to: to.value, page: '' }) }, 'تطبيق'));

  const hits = el('ol', { class: 'hits' }, data.hits.map(hit => el('li', { class: 'hit' },
    el('h3', {}, routeLink(hit.headline || hit.id, 'article', hit.id)),
    el('div', { class: 'meta' },
      hit.outlet && el('span', { class: 'outlet' }, hit.outlet),
      hit.published && el('time', { datetime: hit.published }, hit.published)),
    el('p', { class: 'snippet' }, snippetNodes(hit.snippet)))));

  const facets = el('aside', { class: 'panel facets' },
    facetList('المصادر', data.facets.outlets, value => go('search', { ...state, outlet: value, page: '' })),
    facetList('الكيانات', data.facets.entities, value => go('search', { ...state, entity: value, page: '' })),
    facetList('المتحدثون', data.facets.speakers, value => go('search', { ...state, speaker: value, page: '' }),
      f => el('a', { class: 'facet-quotes', href: '#/quotes?' + new URLSearchParams({ speaker: f.value, ...(state.q ? { about: state.q } : {}) }), title: 'ما قاله' }, 'أقواله')));

  return el('section', { class: 'search-view' },
    el('h1', {}, title),
    filterBar,
    el('p', { class: 'summary-line' }, `${data.total} مقالة${data.fallback ? ' — بُحث عن الكلمات منفردة لأن صيغة الاستعلام غير صحيحة' : ''}`),
    el('div', { class: 'layout' },
      el('div', {}, data.hits.length ? hits : el('p', { class: 'empty' }, 'لا نتائج.'),
        pager(data.page, data.pages, page => go('search', { ...state, page }))),
      facets));
}

function facetList(title, values, pick, extra) {
  if (!values || values.length === 0) return null;
  return el('div', {}, el('h3', {}, title), el('ul', { class: 'facet' }, values.map(f => el('li', {},
    el('a', { href: '#', onclick: e => { e.preventDefault(); pick(f.value); } }, el('bdi', {}, f.label || f.value)),
    extra && extra(f),
    el('span', { class: 'count' }, String(f.count))))));
}

function pager(page, pages, goTo, more) {
  const hasNext = more !== undefined ? more : page < pages;
  if (page <= 1 && !hasNext) return null;
  return el('nav', { class: 'pager', 'aria-label': 'الصفحات' },
    el('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => goTo(page - 1) }, 'السابق'),
    el('span', {}, pages ? `صفحة ${page} من ${pages}` : `صفحة ${page}`),
    el('button', { type: 'button', class: 'secondary', disabled: !hasNext, onclick: () => goTo(page + 1) }, 'التالي'));
}

// ---- article -----------------------------------------------------------------------------------------------

async function articleView(id) {
  const article = await api('/api/articles/' + encodeURIComponent(id));
  const story = await api('/api/articles/' + encodeURIComponent(id) + '/story').catch(() => null);
  const entityById = new Map(article.entities.map(e => [e.id, e]));

  const body = el('div', { class: 'article-body', id: 'article-body' }, markedBody(article));
  const quotes = el('ol', { class: 'quotes-list' }, article.quotes.map((q, i) => el('li', {
    'data-quote': String(i),
    onclick: () => highlightQuote(i),
  },
  q.speaker.entity_id && entityById.has(q.speaker.entity_id)
    ? el('span', { class: 'speaker' }, routeLink(q.speaker.name, 'entity', q.speaker.entity_id))
    : el('span', { class: 'speaker' }, q.speaker.name || 'متحدث غير معروف'),
  ' ', el('span', { class: 'cue' }, q.cue), el('span', { class: 'tag' }, KIND_NAMES[q.kind] || q.kind),
  el('span', { class: 'quote-text' }, `«${q.text}»`))));

  const byType = {};
  for (const e of article.entities) (byType[e.type] ||= []).push(e);
  const entities = el('div', {}, Object.entries(byType).map(([type, list]) => el('div', {},
    el('h3', {}, TYPE_NAMES[type] || type),
    el('div', { class: 'chips' }, list.map(e => el('span', { class: `chip ent-${type}` }, routeLink(e.name, 'entity', e.id), ` ${e.mentions.length}`))))));

  return el('article', { class: 'article-view' },
    el('h1', {}, article.headline || article.id),
    el('div', { class: 'meta' },
      article.source.outlet && el('span', { class: 'outlet' }, article.source.outlet),
      article.published && el('time', { datetime: article.published }, article.published),
      article.dateline && el('span', {}, `من ${article.dateline}`),
      article.agencies.length > 0 && el('span', {}, `المصادر: ${article.agencies.join('، ')}`),
      story && el('span', {}, routeLink(`القصة: ${story.story.title}`, 'story', story.story.id))),
    el('div', { class: 'legend' }, el('span', { class: 'quote' }, 'اقتباس'),
      ['PERS', 'ORG', 'LOC', 'MISC'].map(t => el('span', { class: `ent ent-${t}` }, TYPE_NAMES[t]))),
    el('div', { class: 'layout' }, body,
      el('aside', { class: 'panel side' },
        el('h2', {}, 'من قال ماذا'),
        article.quotes.length ? quotes : el('p', { class: 'empty' }, 'لا اقتباسات.'),
        el('h2', {}, 'الكيانات'),
        article.entities.length ? entities : el('p', { class: 'empty' }, 'لا كيانات.'))));
}

/**
 * The body as paragraphs, with quotes and entity mentions wrapped from their stand-off [start, end) offsets.
 * Cut at every span boundary and newline; each piece is a text node inside the spans that cover it.
 */
function markedBody(article) {
  const text = article.body || '';
  const quotes = article.quotes.map((q, i) => ({ start: q.start, end: q.end, index: i }))
    .filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const mentions = article.entities.flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, entity: e })))
    .filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of [...quotes, ...mentions]) { cuts.add(s.start); cuts.add(s.end); }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { cuts.add(i); cuts.add(i + 1); }
  const points = [...cuts].sort((a, b) => a - b);

  const paragraphs = [];
  let paragraph = el('p');
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    if (piece === '\n') {
      paragraphs.push(paragraph);
      paragraph = el('p');
      continue;
    }
    let node = document.createTextNode(piece);
    const mention = mentions.find(s => s.start <= a && s.end >= b);
    if (mention) {
      node = el('a', { class: `ent ent-${mention.entity.type}`, href: '#/entity/' + encodeURIComponent(mention.entity.id), title: mention.entity.name }, node);
    }
    const quote = quotes.find(s => s.start <= a && s.end >= b);
    if (quote) node = el('span', { class: 'quote', 'data-quote': String(quote.index) }, node);
    paragraph.append(node);
  }
  paragraphs.push(paragraph);
  return paragraphs.filter(p => p.childNodes.length > 0);
}

function highlightQuote(index) {
  const parts = document.querySelectorAll('#article-body .quote');
  let first = null;
  for (const part of parts) {
    const on = part.dataset.quote === String(index);
    part.classList.toggle('active', on);
    if (on && !first) first = part;
  }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// ---- stories -----------------------------------------------------------------------------------------------

async function storiesView(params) {
  const page = Number(params.get('page')) || 1;
  const state = Object.fromEntries(params);
  const query = new URLSearchParams({ page: String(page), size: '20' });
  for (const key of ['from', 'to']) if (params.get(key)) query.set(key, params.get(key));
  const data = await api('/api/stories?' + query);
  const from = el('input', { type: 'date', value: state.from || '', 'aria-label': 'من تاريخ' });
  const to = el('input', { type: 'date', value: state.to || '', 'aria-label': 'إلى تاريخ' });
  return el('section', { class: 'stories-view' },
    el('h1', {}, 'القصص'),
    el('div', { class: 'filters' }, el('label', {}, 'من ', from), el('label', {}, 'إلى ', to),
      el('button', { type: 'button', class: 'secondary', onclick: () => go('stories', { from: from.value, to: to.value }) }, 'تطبيق')),
    data.items.length === 0 ? el('p', { class: 'empty' }, 'لا قصص في هذه المدة.') :
      el('ol', { class: 'hits' }, data.items.map(s => el('li', { class: 'hit' },
        el('h3', {}, routeLink(s.title, 'story', s.id)),
        el('div', { class: 'meta' }, el('span', {}, dateRange(s.first, s.last)), el('span', {}, `${s.articles.length} مقالة`),
          el('span', {}, s.outlets.join('، ')))))),
    pager(page, 0, p => go('stories', { ...state, page: p }), data.more));
}

function dateRange(first, last) {
  if (!first) return 'بلا تاريخ';
  return first === last || !last ? first : `${first} — ${last}`;
}

async function storyView(id) {
  const data = await api('/api/stories/' + encodeURIComponent(id));
  const numbers = await api('/api/stories/' + encodeURIComponent(id) + '/numbers').catch(() => null);
  const story = data.story;
  const perDay = new Map();
  for (const m of data.members) if (m.published) perDay.set(m.published, (perDay.get(m.published) || 0) + 1);
  const days = [...perDay].sort().map(([date, count]) => ({ date, quotes: 0, mentions: count }));
  return el('article', { class: 'story-view' },
    el('h1', {}, story.title),
    el('div', { class: 'meta' }, el('span', {}, dateRange(story.first, story.last)), el('span', {}, `${story.articles.length} مقالة`)),
    el('h2', {}, 'المصادر'),
    el('div', { class: 'chips outlets' }, story.outlets.map(o => el('span', { class: 'chip' }, o))),
    data.entities.length > 0 && el('div', {}, el('h2', {}, 'الكيانات'),
      el('div', { class: 'chips' }, data.entities.map(e => el('span', { class: `chip ent-${e.type}` }, routeLink(e.name, 'entity', e.id))))),
    el('h2', {}, 'الملخص'),
    el('ul', { class: 'summary-list' }, story.summary.map(s => el('li', {}, s.text, ' ',
      el('span', { class: 'meta' }, routeLink(s.outlet || s.article, 'article', s.article))))),
    numbers && numbers.units.length > 0 && el('div', { class: 'numbers-section' },
      el('h2', {}, 'الأرقام حسب المصدر'),
      numbersTables(numbers, 6),
      el('p', {}, el('a', { href: '#/numbers?' + new URLSearchParams({ story: story.id }) }, 'كل الأرقام'))),
    el('h2', {}, 'التسلسل الزمني'),
    days.length > 1 && chart(days, 'مقالات القصة في كل يوم'),
    el('ol', { class: 'timeline' }, data.members.map(m => el('li', {},
      el('div', { class: 'meta' }, m.published && el('time', { datetime: m.published }, m.published), m.outlet && el('span', {}, m.outlet)),
      routeLink(m.headline || m.id, 'article', m.id)))));
}

// ---- entities ----------------------------------------------------------------------------------------------

async function entityView(id) {
  const data = await api('/api/entities/' + encodeURIComponent(id));
  const entity = data.entity;
  const list = el('ol', { class: 'timeline' });
  let shown = 0;
  const more = el('button', { type: 'button', class: 'secondary' }, 'المزيد');
  const showMore = () => {
    for (const item of data.items.slice(shown, shown + 50)) list.append(timelineItem(item));
    shown = Math.min(shown + 50, data.items.length);
    more.hidden = shown >= data.items.length;
  };
  more.addEventListener('click', showMore);
  showMore();
  const quotes = data.items.filter(i => i.kind === 'quote').length;
  return el('article', { class: 'entity-view' },
    el('h1', {}, entity.name),
    el('div', { class: 'meta' }, el('span', { class: 'tag' }, TYPE_NAMES[entity.type] || entity.type),
      data.englishName && el('span', { lang: 'en', dir: 'ltr' }, data.englishName),
      el('span', {}, `${entity.articles} مقالة`), el('span', {}, `${quotes} اقتباس`)),
    data.aliases.length > 0 && el('div', {}, el('h2', {}, 'أسماء أخرى'),
      el('div', { class: 'chips aliases' }, data.aliases.map(a => el('span', { class: 'chip' }, a)))),
    data.roles.length > 0 && el('div', {}, el('h2', {}, 'المناصب'),
      el('ul', { class: 'roles' }, data.roles.map(r => el('li', {}, r.title, ' ', el('span', { class: 'meta ltr' }, `${r.from} — ${r.to || '…'}`))))),
    el('h2', {}, 'الظهور عبر الزمن'),
    data.days.length > 0 ? chart(data.days, `اقتباسات وإشارات ${entity.name} في كل يوم`) : el('p', { class: 'empty' }, 'لا تواريخ.'),
    el('p', { class: 'legend' }, el('span', { class: 'chip' }, '■ اقتباسات'), el('span', { class: 'chip' }, '▒ إشارات')),
    el('p', { class: 'entity-links' }, el('a', { href: '#/search?entity=' + encodeURIComponent(entity.id) }, 'كل المقالات التي تذكره'),
      quotes > 0 && el('a', { href: '#/quotes?speaker=' + encodeURIComponent(entity.id) }, 'كل ما قاله ومن نقله')),
    list, more);
}

function timelineItem(item) {
  return el('li', { class: item.kind === 'quote' ? 'tl-quote' : 'tl-mention' },
    el('div', { class: 'meta' }, item.date && el('time', { datetime: item.date }, item.date), item.outlet && el('span', {}, item.outlet),
      item.dateline && el('span', {}, item.dateline), el('span', { class: 'tag' }, item.kind === 'quote' ? `اقتباس${item.cue ? ' — ' + item.cue : ''}` : 'إشارة')),
    el('div', {}, item.kind === 'quote' ? `«${item.text}»` : item.text),
    el('div', { class: 'meta' }, routeLink(item.headline || item.article, 'article', item.article)));
}

// ---- quotes: what X said about Y, and who carried it --------------------------------------------------------

async function quotesView(params) {
  const state = Object.fromEntries(params);
  const speaker = el('input', { type: 'search', name: 'speaker', value: state.speaker || '', placeholder: 'المتحدث: اسم أو معرّف', 'aria-label': 'المتحدث', required: true });
  const about = el('input', { type: 'search', name: 'about', value: state.about || '', placeholder: 'عن ماذا؟ (اختياري)', 'aria-label': 'الموضوع' });
  const strict = el('input', { type: 'checkbox', name: 'strict', checked: state.strict === '1' ? 'checked' : null });
  const form = el('form', { class: 'filters quote-form', onsubmit: e => {
    e.preventDefault();
    go('quotes', { speaker: speaker.value.trim(), about: about.value.trim(), strict: strict.checked ? '1' : '', outlet: state.outlet, from: state.from, to: state.to });
  } }, speaker, about, el('label', {}, strict, ' الموضوع في نص الاقتباس نفسه'), el('button', { type: 'submit' }, 'اعرض الاقتباسات'));
  const head = [el('h1', {}, 'من قال ماذا'), form];
  if (!state.speaker) return el('section', { class: 'quotes-view' }, ...head, el('p', { class: 'empty' }, 'اكتب اسم متحدث، وموضوعا إن شئت.'));

  const query = new URLSearchParams({ speaker: state.speaker, size: '20' });
  for (const key of ['about', 'strict', 'outlet', 'from', 'to', 'page']) if (state[key]) query.set(key, state[key]);
  const data = await api('/api/quotes?' + query);
  const title = state.about ? `ما قاله «${state.speaker}» عن «${state.about}»` : `ما قاله «${state.speaker}»`;
  const outlets = el('aside', { class: 'panel facets' }, el('h3', {}, 'المصادر التي نقلت'),
    data.outlets.length === 0 ? el('p', { class: 'empty' }, 'لا مصادر.') :
      el('table', { class: 'outlets-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'المصدر'), el('th', {}, 'اقتباسات'), el('th', {}, 'من — إلى'))),
        el('tbody', {}, data.outlets.map(o => el('tr', {},
          el('td', {}, el('a', { href: '#', onclick: e => { e.preventDefault(); go('quotes', { ...state, outlet: o.outlet, page: '' }); } }, el('bdi', {}, o.outlet || '؟'))),
          el('td', { class: 'num' }, String(o.count)),
          el('td', {}, el('time', {}, dateRange(o.first, o.last))))))));
  const chips = el('div', { class: 'filters' });
  if (state.outlet) chips.append(el('span', { class: 'chip' }, 'المصدر: ', el('bdi', {}, state.outlet),
    el('button', { type: 'button', class: 'secondary', 'aria-label': 'إزالة', onclick: () => go('quotes', { ...state, outlet: '', page: '' }) }, '×')));
  const list = el('ol', { class: 'timeline quote-results' }, data.items.map(q => el('li', { class: q.onTopic ? 'tl-quote' : 'tl-quote off-topic' },
    el('div', { class: 'meta' }, q.date && el('time', { datetime: q.date }, q.date), q.outlet && el('bdi', { class: 'outlet' }, q.outlet),
      el('span', { class: 'speaker' }, q.speakerId ? routeLink(q.speaker, 'entity', q.speakerId) : q.speaker),
      el('span', { class: 'tag' }, `${q.cue}${KIND_NAMES[q.kind] ? ' — ' + KIND_NAMES[q.kind] : ''}`),
      !q.onTopic && el('span', { class: 'tag' }, 'الموضوع في المقالة لا في الاقتباس')),
    el('blockquote', { class: 'quote-text' }, `«${q.text}»`),
    el('div', { class: 'meta' }, routeLink(q.headline || q.article, 'article', q.article)))));
  return el('section', { class: 'quotes-view' }, ...head,
    el('h2', {}, title), chips,
    el('p', { class: 'summary-line' }, `${data.total} اقتباس في ${data.articles} مقالة من ${data.outlets.length} مصدر`
      + (data.truncated ? ' — قُرئت أول المقالات المطابقة فقط، ضيّق السؤال' : '')),
    el('div', { class: 'layout' },
      el('div', {}, data.items.length ? list : el('p', { class: 'empty' }, 'لا اقتباسات.'),
        pager(data.page, data.pages, page => go('quotes', { ...state, page }))),
      outlets));
}

// ---- numbers: the figures each outlet reported ----------------------------------------------------------------

async function numbersView(params) {
  const state = Object.fromEntries(params);
  const q = el('input', { type: 'search', name: 'q', value: state.q || '', placeholder: 'أي مقالات؟ كلمات البحث', 'aria-label': 'نص البحث' });
  const unit = el('input', { type: 'search', name: 'unit', value: state.unit || '', placeholder: 'ماذا يُعدّ؟ قتيل، جريح، دولار…', 'aria-label': 'الوحدة' });
  const form = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); go('numbers', { q: q.value.trim(), unit: unit.value.trim(), from: state.from, to: state.to }); } },
    q, unit, el('button', { type: 'submit' }, 'قارن الأرقام'));
  const head = [el('h1', {}, 'الأرقام حسب المصدر'), state.story ? el('p', {}, routeLink('العودة إلى القصة', 'story', state.story)) : form];
  if (!state.story && !state.q) return el('section', { class: 'numbers-view' }, ...head, el('p', { class: 'empty' }, 'اكتب كلمات البحث، ووحدة إن شئت.'));
  const query = new URLSearchParams({ size: '20' });
  for (const key of ['q', 'unit', 'from', 'to', 'page']) if (state[key]) query.set(key, state[key]);
  const data = await api(state.story ? `/api/stories/${encodeURIComponent(state.story)}/numbers?${query}` : '/api/numbers?' + query);
  return el('section', { class: 'numbers-view' }, ...head,
    el('p', { class: 'summary-line' }, `${data.total} وحدة في ${data.articles} مقالة` + (data.truncated ? ' — قُرئت أول المقالات فقط' : '')),
    data.units.length ? numbersTables(data, data.units.length) : el('p', { class: 'empty' }, 'لا أرقام.'),
    pager(data.page, data.pages, page => go('numbers', { ...state, page })));
}

/** One table per unit: outlet, highest and latest figure, and each figure as written (its sentence on hover). */
function numbersTables(data, maxUnits) {
  return el('div', { class: 'numbers' }, data.units.slice(0, maxUnits).map(u => el('table', { class: 'numbers-table' },
    el('caption', {}, el('bdi', {}, u.unit), ` (${u.reports})`),
    el('thead', {}, el('tr', {}, el('th', {}, 'المصدر'), el('th', {}, 'الأعلى'), el('th', {}, 'الأحدث'), el('th', {}, 'كما ورد'))),
    el('tbody', {}, u.outlets.map(o => el('tr', {},
      el('td', {}, el('bdi', {}, o.outlet || '؟')),
      el('td', { class: 'num' }, formatNumber(o.highest)),
      el('td', { class: 'num' }, formatNumber(o.latest)),
      el('td', {}, o.numbers.slice(0, 8).map((n, i) => el('span', { class: 'figure' },
        i > 0 ? '، ' : '', routeLink(n.text, 'article', n.article), n.date && el('time', { title: n.sentence }, ` ${n.date}`))))))))));
}

function formatNumber(value) {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '';
}

// ---- chart -------------------------------------------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/**
 * Stacked bars per day (quotes over mentions), one slot per calendar day between the first and last date.
 * Time runs right to left, like the page.
 */
function chart(days, label) {
  const first = Date.parse(days[0].date);
  const last = Date.parse(days[days.length - 1].date);
  const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
  const width = 720, height = 180, pad = 24, top = 12;
  const slot = (width - 2 * pad) / span;
  const max = Math.max(1, ...days.map(d => d.quotes + d.mentions));
  const scale = (height - pad - top) / max;
  // Drawn in left-to-right coordinates (the page is right to left, so anchors would flip otherwise).
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, direction: 'ltr' });
  root.append(svg('title', {}, label));
  root.append(svg('line', { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, stroke: '#c5ccd6' }));
  for (const d of days) {
    const index = Math.round((Date.parse(d.date) - first) / 86400000);
    const x = width - pad - (index + 1) * slot + slot * 0.15;
    const w = Math.max(1, slot * 0.7);
    const mh = d.mentions * scale, qh = d.quotes * scale;
    const bar = svg('g', { class: 'day', 'data-date': d.date },
      svg('title', {}, `${d.date}: ${d.quotes} اقتباس، ${d.mentions} إشارة`),
      svg('rect', { class: 'bar-mentions', x, width: w, y: height - pad - mh, height: mh }),
      svg('rect', { class: 'bar-quotes', x, width: w, y: height - pad - mh - qh, height: qh }));
    root.append(bar);
  }
  root.append(svg('text', { x: width - 4, y: height - 6, 'text-anchor': 'end' }, days[0].date));
  if (days.length > 1) root.append(svg('text', { x: 4, y: height - 6, 'text-anchor': 'start' }, days[days.length - 1].date));
  root.append(svg('text', { x: width - 4, y: top, 'text-anchor': 'end' }, String(max)));
  return root;
}

// ---- start -------------------------------------------------------------------------------------------------

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const { params } = parseHash();
  go('search', { q: document.getElementById('q').value.trim(), outlet: params.get('outlet'), entity: params.get('entity'), speaker: params.get('speaker') });
});
window.addEventListener('hashchange', route);
route();
