// Administrator file editor: the draft is saved (and checked by the module that owns the file) as the administrator
// types; the problems list follows with line and column; a click on a problem selects its line.
(function () {
  'use strict';

  var SAVE_DELAY = 700;

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function format(template, args) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return args[Number(i)]; });
  }

  onReady(function () {
    var area = document.getElementById('content');
    if (!area) { return; }
    var path = document.body.dataset.path;
    var gutter = document.getElementById('gutter');
    var status = document.getElementById('save-status');
    var list = document.getElementById('problems');
    var none = document.getElementById('no-problems');
    var publish = document.getElementById('publish');
    var csrfToken = document.querySelector('meta[name="csrf-token"]');
    var csrfHeader = document.querySelector('meta[name="csrf-header"]');
    var timer = null;
    var saving = false;
    var again = false;
    var lastSaved = area.value;

    function renumber() {
      var lines = area.value.split('\n').length;
      var numbers = [];
      for (var i = 1; i <= lines; i++) { numbers.push(i); }
      gutter.textContent = numbers.join('\n');
      gutter.scrollTop = area.scrollTop;
    }

    function selectLine(line, column) {
      var lines = area.value.split('\n');
      var start = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
      var length = lines[line - 1] !== undefined ? lines[line - 1].length : 0;
      area.focus();
      area.setSelectionRange(start + Math.min(Math.max(column - 1, 0), length), start + length);
      var lineHeight = area.scrollHeight / Math.max(lines.length, 1);
      area.scrollTop = Math.max(0, (line - 4) * lineHeight);
    }

    function showProblems(problems) {
      list.textContent = '';
      problems.forEach(function (p) {
        var item = document.createElement('li');
        item.dataset.line = p.line;
        item.dataset.column = p.column;
        var where = document.createElement('button');
        where.type = 'button';
        where.className = 'link-like';
        where.textContent = format(list.dataset.at, [p.line, p.column]);
        var message = document.createElement('span');
        // a warning (a missing translation) does not keep the file from going live
        if (p.warning) {
          item.className = 'warning';
        }
        message.textContent = ' ' + (p.warning ? list.dataset.warning : '') + p.message;
        item.appendChild(where);
        item.appendChild(message);
        list.appendChild(item);
      });
      none.hidden = problems.length > 0;
    }

    function save() {
      if (saving) { again = true; return; }
      var text = area.value;
      if (text === lastSaved && publish && !publish.disabled) { return; }
      saving = true;
      status.textContent = status.dataset.saving;
      var headers = { 'Content-Type': 'text/plain; charset=UTF-8', 'Accept': 'application/json' };
      if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
      fetch('/api/admin/drafts/' + path, { method: 'PUT', headers: headers, body: text, credentials: 'same-origin' })
        .then(function (response) {
          if (response.status !== 200 && response.status !== 422) { throw new Error('HTTP ' + response.status); }
          return response.json();
        })
        .then(function (body) {
          lastSaved = text;
          var problems = body.problems || [];
          showProblems(problems);
          status.textContent = problems.length === 0 ? status.dataset.saved
            : format(status.dataset.savedProblems, [problems.length]);
          status.classList.toggle('bad', problems.length > 0);
          if (publish) { publish.disabled = false; }
          document.body.dispatchEvent(new Event('draftsaved'));
        })
        .catch(function () {
          status.textContent = status.dataset.failed;
          status.classList.add('bad');
        })
        .finally(function () {
          saving = false;
          if (again) { again = false; save(); }
        });
    }

    area.addEventListener('input', function () {
      renumber();
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY);
    });
    area.addEventListener('scroll', function () { gutter.scrollTop = area.scrollTop; });
    area.addEventListener('keydown', function (e) {
      if (e.key === 'Tab' && !e.shiftKey) {
        // YAML is indented with spaces
        e.preventDefault();
        var s = area.selectionStart;
        area.setRangeText('  ', s, area.selectionEnd, 'end');
        area.dispatchEvent(new Event('input'));
      }
    });
    list.addEventListener('click', function (e) {
      var item = e.target.closest('li');
      if (item) { selectLine(Number(item.dataset.line), Number(item.dataset.column)); }
    });
    document.getElementById('editor-form').addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      save();
    });
    renumber();
  });
}());
