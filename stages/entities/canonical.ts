/** Corpus pass: canonical entities merged across articles. Placeholder: replaced by the real merger. */
import { createHash } from "node:crypto";
import type { EntityType, Entity } from "../../schemas/records.ts";

export interface MentionKey {
  text: string;
  type: EntityType;
}

export interface EntityResolution {
  entityId: string | null;
  ambiguous: boolean;
}

/**
 * Collects small per-article summaries of mentions, then resolves them into
 * canonical entities. The result must not depend on the order in which
 * articles were added (determinism under concurrency and sharding).
 */
export class EntityIndex {
  private readonly perArticle = new Map<string, MentionKey[]>();

  add(articleId: string, mentions: MentionKey[]): void {
    this.perArticle.set(articleId, mentions.map((m) => ({ text: m.text, type: m.type })));
  }

  resolve(): { entities: Entity[]; entityFor(articleId: string, m: MentionKey): EntityResolution } {
    const byKey = new Map<string, Entity>();
    const articles = new Map<string, Set<string>>();
    for (const [articleId, mentions] of [...this.perArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (const m of mentions) {
        const key = `${m.type}\u0000${m.text}`;
        let e = byKey.get(key);
        if (!e) {
          const id = "E" + createHash("sha256").update(key).digest("hex").slice(0, 12);
          e = { entity_id: id, name: m.text, type: m.type, aliases: [m.text], mention_count: 0, article_count: 0 };
          byKey.set(key, e);
          articles.set(key, new Set());
        }
        e.mention_count++;
        articles.get(key)!.add(articleId);
      }
    }
    for (const [key, e] of byKey) e.article_count = articles.get(key)!.size;
    const entities = [...byKey.values()].sort((a, b) => (a.entity_id < b.entity_id ? -1 : 1));
    return {
      entities,
      entityFor: (_articleId, m) => ({ entityId: byKey.get(`${m.type}\u0000${m.text}`)?.entity_id ?? null, ambiguous: false }),
    };
  }
}
