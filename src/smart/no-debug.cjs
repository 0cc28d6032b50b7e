// Stands in for the `debug` package in production builds (vite.config.ts): fhirclient's debug
// logger prints requests and the access token when localStorage.debug is set (issue 8.8).
function createDebug() {
  const log = function () {};
  log.enabled = false;
  log.namespace = '';
  log.extend = createDebug;
  log.log = log;
  return log;
}
createDebug.enable = function () {};
createDebug.disable = function () {
  return '';
};
createDebug.enabled = function () {
  return false;
};
module.exports = createDebug;
module.exports.default = createDebug;
