/* cluster.c — quote clusters: quotations of one statement across
 * documents, linked by rare shared shingles and compatible speakers, and
 * written with their first appearance (ws_store_cluster). */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- clusters ----------------------------------------------------------- */

static sqlite3_int64 find(sqlite3_int64 *up, sqlite3_int64 x) {
  while (up[x] != x) {
    up[x] = up[up[x]];
    x = up[x];
  }
  return x;
}

/* pairs of quotations and how many rare shingles they share */
typedef struct pairmap {
  uint64_t *key;
  uint32_t *count;
  size_t cap, n;
} pairmap;

static int pair_add(pairmap *m, uint64_t k) {
  if ((m->n + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *nk = ws_calloc(cap, sizeof *nk);
    uint32_t *nc = ws_calloc(cap, sizeof *nc);
    if (!nk || !nc) {
      ws_free(nk);
      ws_free(nc);
      return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->key[i]) continue;
      size_t h = (size_t)((m->key[i] * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
      while (nk[h]) h = (h + 1) & (cap - 1);
      nk[h] = m->key[i];
      nc[h] = m->count[i];
    }
    ws_free(m->key);
    ws_free(m->count);
    m->key = nk;
    m->count = nc;
    m->cap = cap;
  }
  size_t h = (size_t)((k * 0x9E3779B97F4A7C15ULL) >> 20) & (m->cap - 1);
  while (m->key[h] && m->key[h] != k) h = (h + 1) & (m->cap - 1);
  if (!m->key[h]) {
    m->key[h] = k;
    m->n++;
  }
  m->count[h]++;
  return 0;
}

typedef struct hpair {
  uint64_t h;
  sqlite3_int64 attr;
} hpair;

/* Sort by hash, stably (pairs come in attribution order and stay so
 * within a hash): least-significant-byte-first radix sort, linear.
 * Returns 0, or -1 out of memory. */
static int sort_hpairs(hpair *v, size_t n) {
  if (n < 2) return 0;
  hpair *tmp = ws_malloc(n * sizeof *tmp);
  if (!tmp) return -1;
  hpair *from = v, *to = tmp;
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((from[i].h >> shift) & 0xFF) + 1]++;
    if (count[((from[0].h >> shift) & 0xFF) + 1] == n) continue; /* one bucket: no move */
    for (int b = 0; b < 256; b++) count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++) to[count[(from[i].h >> shift) & 0xFF]++] = from[i];
    hpair *t = from;
    from = to;
    to = t;
  }
  if (from != v) memcpy(v, from, n * sizeof *v);
  ws_free(tmp);
  return 0;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

static int cmp_hpair_h(const void *a, const void *b) {
  uint64_t x = ((const hpair *)a)->h, y = ((const hpair *)b)->h;
  return (x > y) - (x < y);
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* how many distinct nonzero values; sorts v */
static size_t distinct_u32(uint32_t *v, size_t n) {
  qsort(v, n, sizeof *v, cmp_u32);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += v[i] && (!i || v[i] != v[i - 1]);
  return k;
}

/* What clustering holds in memory, per attribution (its document and
 * union-find parent) and per document (outlet and date as small numbers:
 * outlets numbered in index order, dates by rank, 0 for none). */
typedef struct clusterer {
  sqlite3_int64 max_attr, max_doc;
  sqlite3_int64 *up, *docof;
  /* the canonical order of quotations, whatever order documents were
   * stored in (--jobs, reruns): by document key, then place in the
   * document.  crank[attr] = docrank << 32 | attr - first quotation of
   * its document */
  uint64_t *crank;
  sqlite3_int64 *docfirst;
  uint32_t *docrank;
  uint32_t *outlet, *date;
  char **dates; /* distinct dates, sorted; date rank r is dates[r - 1] */
  size_t ndates;
  hpair *hp;
  size_t nhp;
  uint32_t *nsh;        /* shingles of each quotation */
  size_t *off;          /* where they start in hs */
  uint64_t *hs;         /* each quotation's shingles, sorted */
  sqlite3_int64 *who;   /* its speaker's identity, 0 when none */
} clusterer;

static void clusterer_free(clusterer *k) {
  for (size_t i = 0; i < k->ndates; i++) ws_free(k->dates[i]);
  ws_free(k->dates);
  ws_free(k->up);
  ws_free(k->docof);
  ws_free(k->crank);
  ws_free(k->docfirst);
  ws_free(k->docrank);
  ws_free(k->outlet);
  ws_free(k->date);
  ws_free(k->hp);
  ws_free(k->nsh);
  ws_free(k->off);
  ws_free(k->hs);
  ws_free(k->who);
}

/* every (shingle hash, quotation) pair, and each quotation's document */
static int load_shingles(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  size_t cap = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT attr, hashes, doc FROM shingles", -1, &v, NULL) != SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 attr = sqlite3_column_int64(v, 0);
    const uint8_t *blob = sqlite3_column_blob(v, 1);
    size_t nb = (size_t)sqlite3_column_bytes(v, 1) / 8;
    sqlite3_int64 doc = sqlite3_column_int64(v, 2);
    if (attr < 1 || attr > k->max_attr || doc < 1 || doc > k->max_doc) continue;
    if (k->nsh[attr] || nb > UINT32_MAX) continue; /* a key once */
    k->docof[attr] = doc;
    k->nsh[attr] = (uint32_t)nb;
    k->off[attr] = k->nhp;
    if (!k->docfirst[doc] || attr < k->docfirst[doc]) k->docfirst[doc] = attr;
    if (k->nhp + nb > cap) {
      cap = (k->nhp + nb) * 2;
      hpair *x = ws_realloc(k->hp, cap * sizeof *x);
      if (!x) break;
      k->hp = x;
    }
    for (size_t i = 0; i < nb; i++) {
      uint64_t h = 0;
      for (int b = 0; b < 8; b++) h |= (uint64_t)blob[8 * i + b] << (8 * b);
      k->hp[k->nhp++] = (hpair){h, attr};
    }
  }
  sqlite3_finalize(v);
  if (rc != SQLITE_DONE) return -1;
  /* each quotation's shingles, sorted, for exact overlaps */
  if (!(k->hs = ws_malloc((k->nhp ? k->nhp : 1) * sizeof *k->hs))) return -1;
  for (size_t i = 0; i < k->nhp; i++) k->hs[i] = k->hp[i].h;
  for (sqlite3_int64 a = 1; a <= k->max_attr; a++)
    if (k->nsh[a] > 1) qsort(k->hs + k->off[a], k->nsh[a], sizeof *k->hs, cmp_u64);
  return 0;
}

/* each quotation's speaker identity (ws_store_identities) */
static int load_speakers(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT s.attr, n.identity FROM shingles s JOIN attributions a ON a.attr = s.attr "
                         "JOIN speaker_names n ON n.name = a.speaker",
                         -1, &v, NULL) != SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 attr = sqlite3_column_int64(v, 0);
    if (attr >= 1 && attr <= k->max_attr) k->who[attr] = sqlite3_column_int64(v, 1);
  }
  sqlite3_finalize(v);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* Two quotations that share rare shingles (link_quotations found them)
 * are one statement when the shingles they share, rare or not, are
 * enough of the shorter one: at least 40 % of its
 * shingles (or 8, twelve words, whatever the lengths), and the speakers
 * are compatible (the same identity, or one unknown).  Quotations of two
 * different speakers are one statement only when the shorter is a
 * near-verbatim part of the other (75 %, and 4 shingles at least): the
 * same words with the speaker named differently ("Felipe Calderon",
 * "Felipe Calderón").  Stock phrases ("president of the United States",
 * "at the end of the day") are a small part of each quotation, so they
 * link nothing.  On the labelled sample (tests/cluster-pairs.tsv) the
 * different statements share at most 29 % of the shorter quotation. */
static int one_statement(const clusterer *k, sqlite3_int64 a, sqlite3_int64 b) {
  uint32_t m = k->nsh[a] < k->nsh[b] ? k->nsh[a] : k->nsh[b];
  /* the shingles both hold, frequent ones too */
  const uint64_t *x = k->hs + k->off[a], *y = k->hs + k->off[b];
  uint32_t i = 0, j = 0, c = 0;
  while (i < k->nsh[a] && j < k->nsh[b]) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else c++, i++, j++;
  }
  if (c < 2 || !m) return 0;
  int same = !k->who[a] || !k->who[b] || k->who[a] == k->who[b];
  if (same) return c * 5 >= m * 2 || c >= 8;
  return c * 4 >= m * 3 && c >= 4;
}

/* Link quotations that share rare shingles (one_statement); returns 0,
 * or -1 out of memory. */
static int link_quotations(clusterer *k) {
  enum { RARE = 50, SHARED = 2 };
  if (sort_hpairs(k->hp, k->nhp)) return -1;
  pairmap pairs = {0};
  sqlite3_int64 group[RARE];
  hpair *hp = k->hp;
  int bad = 0;
  for (size_t i = 0; i < k->nhp && !bad;) {
    size_t j = i;
    while (j < k->nhp && hp[j].h == hp[i].h) j++;
    size_t ng = j - i;
    if (ng >= 2 && ng <= RARE) {
      for (size_t a = 0; a < ng; a++) group[a] = hp[i + a].attr;
      for (size_t a = 0; a < ng && !bad; a++)
        for (size_t b = a + 1; b < ng && !bad; b++) {
          uint64_t x = (uint64_t)group[a], y = (uint64_t)group[b];
          bad = x != y && pair_add(&pairs, x < y ? x << 32 | y : y << 32 | x);
        }
    } else if (ng > RARE) {
      /* a phrase many quotations share: a statement quoted everywhere, or
       * a stock phrase.  Link neighbours in canonical order only — the
       * same statement gives the same neighbours for each of its
       * shingles, so its pairs reach SHARED; a stock phrase's do not */
      hpair *c = ws_malloc(ng * sizeof *c);
      if (!c) {
        bad = 1;
        break;
      }
      /* (canonical rank, attribution) pairs: sorting by rank is sorting
       * by h as the radix sort does */
      for (size_t a = 0; a < ng; a++) c[a] = (hpair){k->crank[hp[i + a].attr], hp[i + a].attr};
      qsort(c, ng, sizeof *c, cmp_hpair_h);
      for (size_t a = 1; a < ng && !bad; a++) {
        uint64_t x = (uint64_t)c[a - 1].attr, y = (uint64_t)c[a].attr;
        bad = x != y && pair_add(&pairs, x < y ? x << 32 | y : y << 32 | x);
      }
      ws_free(c);
    }
    i = j;
  }
  for (size_t i = 0; i < pairs.cap && !bad; i++) {
    if (!pairs.key[i] || pairs.count[i] < SHARED) continue;
    sqlite3_int64 a = (sqlite3_int64)(pairs.key[i] >> 32);
    sqlite3_int64 b = (sqlite3_int64)(pairs.key[i] & 0xFFFFFFFFu);
    if (one_statement(k, a, b)) k->up[find(k->up, a)] = find(k->up, b);
  }
  ws_free(pairs.key);
  ws_free(pairs.count);
  return bad ? -1 : 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each document's rank by key, then each quotation's canonical rank.
 * Returns 0 or -1. */
static int canonical_order(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db, "SELECT doc FROM documents ORDER BY key", -1, &v, NULL) != SQLITE_OK)
    return -1;
  uint32_t r = 0;
  int step;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 doc = sqlite3_column_int64(v, 0);
    if (doc >= 1 && doc <= k->max_doc) k->docrank[doc] = ++r;
  }
  sqlite3_finalize(v);
  if (step != SQLITE_DONE) return -1;
  for (sqlite3_int64 a = 1; a <= k->max_attr; a++) {
    sqlite3_int64 d = k->docof[a];
    k->crank[a] = d ? (uint64_t)k->docrank[d] << 32 | (uint64_t)(a - k->docfirst[d]) : UINT64_MAX;
  }
  return 0;
}


/* Outlet and date of every document, from the documents_outlet index
 * (which holds them without the articles).  Returns 0 or -1. */
static int load_documents(ws_store *s, clusterer *k) {
  sqlite3_stmt *v = NULL;
  size_t cap = 0;
  int rc = -1;
  /* the distinct dates, sorted, give each date its rank */
  if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT date FROM documents WHERE date IS NOT NULL ORDER BY date",
                         -1, &v, NULL) != SQLITE_OK)
    goto done;
  int step;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    if (k->ndates == cap) {
      cap = cap ? 2 * cap : 256;
      char **x = ws_realloc(k->dates, cap * sizeof *x);
      if (!x) goto done;
      k->dates = x;
    }
    if (!(k->dates[k->ndates] = ws_strdup((const char *)sqlite3_column_text(v, 0)))) goto done;
    k->ndates++;
  }
  if (step != SQLITE_DONE) goto done;
  sqlite3_finalize(v);
  if (sqlite3_prepare_v2(s->db, "SELECT doc, outlet, date FROM documents INDEXED BY documents_outlet",
                         -1, &v, NULL) != SQLITE_OK)
    goto done;
  uint32_t outlet_id = 0;
  char *last = NULL;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 doc = sqlite3_column_int64(v, 0);
    const char *outlet = (const char *)sqlite3_column_text(v, 1);
    const char *date = (const char *)sqlite3_column_text(v, 2);
    if (outlet && (!last || strcmp(outlet, last))) { /* the index groups outlets */
      ws_free(last);
      if (!(last = ws_strdup(outlet))) goto done;
      outlet_id++;
    }
    if (doc < 1 || doc > k->max_doc) continue;
    k->outlet[doc] = outlet ? outlet_id : 0;
    if (date) {
      char **at = bsearch(&date, k->dates, k->ndates, sizeof *k->dates, cmp_str);
      k->date[doc] = at ? (uint32_t)(at - k->dates) + 1 : 0;
    }
  }
  ws_free(last);
  rc = step == SQLITE_DONE ? 0 : -1;
done:
  sqlite3_finalize(v);
  return rc;
}

/* A cluster while it is written: its members are order[from, to). */
typedef struct cluster_row {
  uint64_t min_crank;
  size_t from, to;
} cluster_row;

static int cmp_cluster_row(const void *a, const void *b) {
  uint64_t x = ((const cluster_row *)a)->min_crank, y = ((const cluster_row *)b)->min_crank;
  return (x > y) - (x < y);
}

/* Store the clusters of two or more quotations: members, then one row
 * per cluster with its first appearance (the earliest dated member, then
 * the first in canonical order), earliest date, and how many quotations,
 * outlets and documents.  Clusters are numbered from 1 in the canonical
 * order of their first members, so the same corpus gives the same
 * clusters however it was ingested.  Returns 0, or -1 with the database's
 * error. */
static int write_clusters(ws_store *s, clusterer *k) {
  sqlite3_stmt *m = NULL, *ins = NULL;
  sqlite3_int64 n = k->max_attr, *order = NULL;
  size_t *start = NULL, nrows = 0;
  uint32_t *outlets = NULL, *docs = NULL;
  cluster_row *rows = NULL;
  int rc = -1;
  /* members grouped by cluster (a counting sort by root) */
  if (!(start = ws_calloc((size_t)n + 2, sizeof *start)) || !(order = ws_malloc(((size_t)n + 1) * sizeof *order)) ||
      !(outlets = ws_malloc(((size_t)n + 1) * sizeof *outlets)) ||
      !(docs = ws_malloc(((size_t)n + 1) * sizeof *docs)) ||
      !(rows = ws_malloc(((size_t)n / 2 + 1) * sizeof *rows)))
    goto done;
  for (sqlite3_int64 i = 1; i <= n; i++) {
    k->up[i] = find(k->up, i);
    start[k->up[i] + 1]++;
  }
  for (sqlite3_int64 i = 1; i <= n + 1; i++) start[i] += start[i - 1];
  for (sqlite3_int64 i = 1; i <= n; i++) order[start[k->up[i]]++] = i;
  /* start[r] now ends root r's group; groups are consecutive in `order` */
  size_t from = 0;
  for (sqlite3_int64 r = 0; r <= n; r++) {
    size_t to = start[r];
    if (to - from >= 2) {
      uint64_t mc = UINT64_MAX;
      for (size_t i = from; i < to; i++)
        if (k->crank[order[i]] < mc) mc = k->crank[order[i]];
      rows[nrows++] = (cluster_row){mc, from, to};
    }
    from = to;
  }
  if (nrows) qsort(rows, nrows, sizeof *rows, cmp_cluster_row);
  if (sqlite3_prepare_v2(s->db, "INSERT INTO cluster_members(attr, cluster, doc) VALUES(?,?,?)", -1,
                         &m, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db,
                         "INSERT INTO clusters(cluster, first_attr, first_date, size, outlets, "
                         "documents, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
                         "(SELECT content FROM attributions WHERE attr = ?2))",
                         -1, &ins, NULL) != SQLITE_OK)
    goto done;
  for (size_t c = 0; c < nrows; c++) {
    size_t size = rows[c].to - rows[c].from;
    sqlite3_int64 first = 0, id = (sqlite3_int64)c + 1;
    uint32_t first_date = 0;
    for (size_t i = rows[c].from; i < rows[c].to; i++) {
      sqlite3_int64 a = order[i], doc = k->docof[a];
      uint32_t date = k->date[doc];
      if (!first || (date && (!first_date || date < first_date)) ||
          (date == first_date && k->crank[a] < k->crank[first])) {
        first = a;
        first_date = date;
      }
      outlets[i - rows[c].from] = k->outlet[doc];
      docs[i - rows[c].from] = (uint32_t)doc; /* only counted: wrap-around harmless below 2^32 docs */
      sqlite3_bind_int64(m, 1, a);
      sqlite3_bind_int64(m, 2, id);
      sqlite3_bind_int64(m, 3, doc);
      if (ws_sql_step_reset(m)) goto done;
    }
    sqlite3_bind_int64(ins, 1, id);
    sqlite3_bind_int64(ins, 2, first);
    ws_sql_bind_text(ins, 3, first_date ? k->dates[first_date - 1] : NULL);
    sqlite3_bind_int64(ins, 4, (sqlite3_int64)size);
    sqlite3_bind_int64(ins, 5, (sqlite3_int64)distinct_u32(outlets, size));
    sqlite3_bind_int64(ins, 6, (sqlite3_int64)distinct_u32(docs, size));
    if (ws_sql_step_reset(ins)) goto done;
  }
  rc = 0;
done:
  ws_free(start);
  ws_free(order);
  ws_free(outlets);
  ws_free(docs);
  ws_free(rows);
  sqlite3_finalize(m);
  sqlite3_finalize(ins);
  return rc;
}

ws_status ws_store_cluster(ws_store *s, ws_error *err) {
  clusterer k = {0};
  k.max_attr = ws_sql_int64_of(s, "SELECT coalesce(max(attr), 0) FROM attributions");
  k.max_doc = ws_sql_int64_of(s, "SELECT coalesce(max(doc), 0) FROM documents");
  if (k.max_attr < 0 || k.max_doc < 0) return ws_sql_error(s, err, "clusters");
  size_t na = (size_t)k.max_attr + 1, nd = (size_t)k.max_doc + 1;
  if (!(k.up = ws_malloc(na * sizeof *k.up)) || !(k.docof = ws_calloc(na, sizeof *k.docof)) ||
      !(k.outlet = ws_calloc(nd, sizeof *k.outlet)) || !(k.date = ws_calloc(nd, sizeof *k.date)) ||
      !(k.crank = ws_malloc(na * sizeof *k.crank)) ||
      !(k.docfirst = ws_calloc(nd, sizeof *k.docfirst)) ||
      !(k.docrank = ws_calloc(nd, sizeof *k.docrank)) ||
      !(k.nsh = ws_calloc(na, sizeof *k.nsh)) || !(k.off = ws_calloc(na, sizeof *k.off)) ||
      !(k.who = ws_calloc(na, sizeof *k.who))) {
    clusterer_free(&k);
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory clustering");
    return WS_ERR_NOMEM;
  }
  for (size_t i = 0; i < na; i++) k.up[i] = (sqlite3_int64)i;
  if (load_shingles(s, &k) || load_speakers(s, &k) || load_documents(s, &k) ||
      canonical_order(s, &k)) {
    clusterer_free(&k);
    return ws_sql_error(s, err, "clusters");
  }
  if (link_quotations(&k)) {
    clusterer_free(&k);
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory clustering");
    return WS_ERR_NOMEM;
  }
  ws_free(k.hp);
  k.hp = NULL;
  if (ws_sql_exec(s, "BEGIN IMMEDIATE") || ws_sql_exec(s, "DELETE FROM cluster_members; DELETE FROM clusters") ||
      write_clusters(s, &k) || ws_sql_exec(s, "COMMIT")) {
    ws_status st = ws_sql_error(s, err, "clusters");
    ws_sql_exec(s, "ROLLBACK");
    clusterer_free(&k);
    return st;
  }
  clusterer_free(&k);
  return WS_OK;
}
