// What the counter window holds between screens.

export const state = {
  counter: null, // what counter_state says
  currencies: [],
  asset: null,
  entry: "", // the typed amount, with "." as the decimal point
  invoice: null, // the sale on screen
  tab: null, // the owner screen's open tab
  saleToOpen: null, // a sale the Sales tab opens once unlocked
};
