// Starts IndexedDB while the app bundle downloads: on a cold start, opening the database is the
// slowest step. Never creates the database: if it does not exist yet, the upgrade is aborted.
(function () {
  try {
    var req = indexedDB.open('relais');
    req.onupgradeneeded = function () { req.transaction.abort(); };
    req.onsuccess = function () { req.result.close(); };
    req.onerror = function (e) { e.preventDefault(); };
  } catch (e) { /* IndexedDB unavailable: the app reports it when it opens the database. */ }
})();
