// Registers every front-end synchronously: for the library entry and the tests, where the cost
// of loading micromark up front does not matter and a synchronous lintText must handle any format.
import { registerFrontEnd } from "./index.js";
import { parseMarkdown } from "./markdown.js";

registerFrontEnd("markdown", parseMarkdown);
