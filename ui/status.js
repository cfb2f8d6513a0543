// The top bar's chips: HQ shipping and the gateway's health.
import { $, show } from "./shared.js";
import { t, onLanguage } from "./i18n.js";

// What each chip shows now, to say again in another language.
const last = { hq: null, health: null };
onLanguage(() => {
  if (last.hq) showHq(last.hq);
  showGatewayHealth(last.health);
});

// How shipping this till's journal to HQ goes, in a word or two.
export function showHq(h) {
  last.hq = h;
  const chip = $("hq-status");
  const words = {
    up_to_date: () => t("hq-up-to-date"),
    behind: () => t("hq-behind", { events: h.events || 0 }),
    unreachable: () => t("hq-unreachable", { events: h.events || 0 }),
    refused: () => t("hq-refused"),
  };
  chip.textContent = words[h.state] ? words[h.state]() : "";
  chip.title = h.message || "";
  chip.className = `hq-chip ${h.state}`;
  show(chip, h.state !== "off");
}

// The default provider's gateway as its last answer showed it, so a cashier
// knows it is down before charging; the reason is in the tooltip.
export function showGatewayHealth(h) {
  last.health = h;
  const chip = $("gateway-status");
  if (!h || h.state === "unknown") {
    show(chip, false);
    return;
  }
  const words = {
    ok: t("gateway-ok"),
    slow: t("gateway-slow"),
    unreachable: t("gateway-unreachable"),
    credentials_rejected: t("gateway-credentials-rejected"),
  };
  chip.textContent = words[h.state] || "";
  chip.title = [h.provider, h.reason].filter(Boolean).join(": ");
  chip.className = `hq-chip gw ${h.state}`;
  show(chip, true);
}
