fn main(){ counterpay::run() }
