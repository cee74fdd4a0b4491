// Every test sees every front-end, as users of the library do.
import "../../src/frontends/all.js";
