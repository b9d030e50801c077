/** 受理 takes nothing but the tip: an empty object (anything else is refused by the whitelist). */
export class AcceptTipRequest {}
