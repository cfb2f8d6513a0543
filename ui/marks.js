// A small mark per asset, drawn here, so a customer finds their coin at a
// glance: a disc in the coin's colour with its sign. Ours, under the
// project's licence, not a copy of any logo. Decorative: the name beside
// it says the same, so screen readers skip it.
const SVG = "http://www.w3.org/2000/svg";

// Colour and sign; `dark` for a sign in ink on a light disc.
const MARKS = {
  BTC: { color: "#c46a00", sign: "B", bars: true },
  BCH: { color: "#0a7d5c", sign: "B" },
  USDT: { color: "#1a7a5a", sign: "₮" },
  USDC: { color: "#2061b0", sign: "$" },
  ETH: { color: "#4a5fc1", sign: "Ξ" },
  LTC: { color: "#345d9d", sign: "Ł" },
  TRX: { color: "#c4001f", sign: "T" },
  BNB: { color: "#f3ba2f", sign: "B", dark: true },
  SOL: { color: "#6a32c9", sign: "S" },
  TON: { color: "#0070a8", sign: "T" },
  XMR: { color: "#c94f00", sign: "M" },
  XRP: { color: "#23292f", sign: "X" },
  ADA: { color: "#0033ad", sign: "₳" },
  DOGE: { color: "#c2a633", sign: "Ð", dark: true },
  POL: { color: "#7040c8", sign: "P" },
  DASH: { color: "#0070b8", sign: "D" },
};

// The coin an asset code is: stablecoins by their token, whatever chain.
function coin(code) {
  const c = (code || "").toUpperCase();
  for (const token of ["USDT", "USDC"]) if (c.startsWith(token)) return token;
  if (c.startsWith("BNB")) return "BNB";
  if (c === "MATIC") return "POL";
  return c;
}

export function mark(code) {
  const known = MARKS[coin(code)];
  const m = known || { color: "#59616b", sign: (code || "?").charAt(0) };
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "asset-mark");
  svg.setAttribute("aria-hidden", "true");
  const disc = document.createElementNS(SVG, "circle");
  disc.setAttribute("cx", "12");
  disc.setAttribute("cy", "12");
  disc.setAttribute("r", "12");
  disc.setAttribute("fill", m.color);
  const ink = m.dark ? "#1b1f24" : "#fff";
  const sign = document.createElementNS(SVG, "text");
  sign.setAttribute("x", "12");
  sign.setAttribute("y", "16.5");
  sign.setAttribute("text-anchor", "middle");
  sign.setAttribute("font-size", "13");
  sign.setAttribute("font-weight", "700");
  sign.setAttribute("font-family", "DejaVu Sans, sans-serif");
  sign.setAttribute("fill", ink);
  sign.textContent = m.sign;
  svg.append(disc, sign);
  if (m.bars) {
    // Bitcoin's two strokes through the B, which few fonts draw as ₿.
    for (const x of ["10.5", "13"]) {
      const bar = document.createElementNS(SVG, "line");
      bar.setAttribute("x1", x);
      bar.setAttribute("x2", x);
      bar.setAttribute("y1", "4.5");
      bar.setAttribute("y2", "19.5");
      bar.setAttribute("stroke", ink);
      bar.setAttribute("stroke-width", "1.4");
      svg.append(bar);
    }
  }
  return svg;
}
