// Stands in for the `debug` package inside fhirclient (vite.config.ts aliases it here). fhirclient
// logs through `debug`, and with `localStorage.debug` set its messages include the access token and
// the token response: in a clinical app nothing may print them. It also keeps about 2 kB of gzipped
// JavaScript off the first screen.
'use strict';

function make() {
  const noop = function () {};
  noop.enabled = false;
  noop.extend = function () {
    return make();
  };
  return noop;
}

module.exports = function debug() {
  return make();
};
module.exports.enable = function () {};
module.exports.disable = function () {
  return '';
};
