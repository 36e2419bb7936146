import { tagEntities } from "../stages/entities/tagger.ts";
for (const t of ["In June 2012, the Icelandic band Sigur Rós released a video for the song \"Fjögur Píanó\", starring LaBeouf.", "A Harley-Davidson spokeswoman said timelines were wrong.", "Columbus sailed across the Atlantic Ocean to the West Indies in 1492."])
for (const m of tagEntities(t)) console.log(m.text, m.type, m.rule, m.confidence);
