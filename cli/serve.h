/* serve.h — `whosaid serve` (cli/serve.c), called by the command table
 * of cli/main.c. */
#ifndef WS_CLI_SERVE_H
#define WS_CLI_SERVE_H
extern const char usage_serve[];
int cmd_serve(int argc, char **argv);
#endif
