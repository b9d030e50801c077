/**
 * An electronic signature as recorded in an event (Part 11 §11.50/§11.70; 电子签名法 Art. 13): the signer was
 * re-authenticated at the moment of signing by the API, which fills this in; deciders only check who signed.
 */
export interface ESignature {
  signerId: string;
  /** Printed name at signing time. */
  printedName: string;
  role: string;
  /** e.g. "现场核查确认 / site review confirmed", "销号签发 / sign-off issued". */
  meaning: string;
  signedAt: string;
  /** Hash (SM3 hex) of the canonical JSON of exactly what was signed. */
  contentHash: string;
}
