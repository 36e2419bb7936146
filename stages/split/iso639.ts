/**
 * ISO 639-3 codes franc-min can answer → ISO 639-1 (two letters), the form
 * `language` takes in the records (and that pages declare in `<html lang>`).
 * A macrolanguage member maps to its macrolanguage's code (Standard Malay
 * `zlm` → `ms`, Iranian Persian `pes` → `fa`, Mandarin `cmn` → `zh`). Codes
 * with no two-letter form (Bhojpuri, Cebuano, Ilocano…) stay three letters,
 * which BCP 47 allows.
 */
export const ISO639_1: Readonly<Record<string, string>> = {
  amh: "am", arb: "ar", azj: "az", bel: "be", ben: "bn", bos: "bs", bul: "bg", ces: "cs", ckb: "ku", cmn: "zh",
  deu: "de", ell: "el", eng: "en", fra: "fr", fuv: "ff", guj: "gu", hau: "ha", hin: "hi", hrv: "hr", hun: "hu",
  ibo: "ig", ind: "id", ita: "it", jav: "jv", jpn: "ja", kan: "kn", kaz: "kk", kin: "rw", kor: "ko", lin: "ln",
  mal: "ml", mar: "mr", mya: "my", nld: "nl", npi: "ne", nya: "ny", pan: "pa", pbu: "ps", pes: "fa", plt: "mg",
  pol: "pl", por: "pt", qug: "qu", ron: "ro", run: "rn", rus: "ru", sin: "si", som: "so", spa: "es", srp: "sr",
  sun: "su", swe: "sv", swh: "sw", tam: "ta", tel: "te", tgl: "tl", tha: "th", tur: "tr", ukr: "uk", urd: "ur",
  uzn: "uz", vie: "vi", yor: "yo", zlm: "ms", zul: "zu", zyb: "za",
};
