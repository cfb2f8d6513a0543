// The top bar's chips: HQ shipping and the gateway's health.
import { $, show } from "./shared.js";

// How shipping this till's journal to HQ goes, in a word or two.
export function showHq(h) {
  const chip = $("hq-status");
  const words = {
    up_to_date: "HQ: up to date",
    behind: `HQ: ${h.events} behind`,
    unreachable: `HQ: unreachable${h.events ? `, ${h.events} to send` : ""}`,
    refused: "HQ: refused",
  };
  chip.textContent = words[h.state] || "";
  chip.title = h.message || "";
  chip.className = `hq-chip ${h.state}`;
  show(chip, h.state !== "off");
}

// The default provider's gateway as its last answer showed it, so a cashier
// knows it is down before charging; the reason is in the tooltip.
export function showGatewayHealth(h) {
  const chip = $("gateway-status");
  if (!h || h.state === "unknown") {
    show(chip, false);
    return;
  }
  const words = {
    ok: "Gateway: ok",
    slow: "Gateway: slow",
    unreachable: "Gateway: unreachable",
    credentials_rejected: "Gateway: credentials rejected",
  };
  chip.textContent = words[h.state] || "";
  chip.title = [h.provider, h.reason].filter(Boolean).join(": ");
  chip.className = `hq-chip gw ${h.state}`;
  show(chip, true);
}
