// Staff console: live updates by server-sent events (the changed parts fetched and swapped in), Ctrl+Enter to send, canned replies ("/" and a name, or the
// list), confirmations. Pages work without it (plain forms that post and come back).
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function transcriptList() {
    return document.querySelector('#transcript ol');
  }

  function scrollTranscript() {
    var list = transcriptList();
    if (list) { list.scrollTop = list.scrollHeight; }
  }

  function showToast(id) {
    var toast = document.getElementById('toast');
    if (!toast) { return; }
    var link = document.getElementById('toast-link');
    if (link && id) { link.href = '/console/inquiries/' + id; }
    toast.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(function () { toast.hidden = true; }, 15000);
  }

  // Runs fn (which returns a promise) now, or once more right after the run in progress: refreshes never overlap and
  // none is lost (a change that comes while a refresh is on its way is fetched by the next one).
  function serialised(fn) {
    var running = false;
    var again = false;
    function done() {
      running = false;
      if (again) { again = false; run(); }
    }
    function run() {
      if (running) { again = true; return; }
      running = true;
      fn().then(done, done);
    }
    return run;
  }

  function fetchHtml(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { return html ? new DOMParser().parseFromString(html, 'text/html') : null; });
  }

  var refreshList = serialised(function () {
    var url = new URL(window.location.href);
    url.searchParams.set('fragment', 'list');
    return fetchHtml(url.pathname + url.search).then(function (fresh) {
      var list = document.getElementById('inquiry-list');
      var newList = fresh && fresh.getElementById('inquiry-list');
      if (list && newList) { list.replaceWith(newList); }
      document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    });
  });

  // The inquiry's live parts: its fields and status, the transcript (kept at the bottom when it was), and what the
  // viewer may do (claim, reply, or who holds it) only when that changed, so a reply being typed is never lost.
  var refreshInquiry = serialised(function () {
    return fetchHtml('/console/inquiries/' + document.body.dataset.inquiryId + '/live').then(function (fresh) {
      if (!fresh) { return; }
      var oldCase = document.getElementById('case');
      var newCase = fresh.getElementById('case');
      if (oldCase && newCase) { oldCase.replaceWith(newCase); }
      var list = transcriptList();
      var newList = fresh.querySelector('#transcript ol');
      if (list && newList) {
        var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
        list.innerHTML = newList.innerHTML;
        if (atBottom) { scrollTranscript(); }
      }
      var composer = document.getElementById('composer');
      var newComposer = fresh.getElementById('composer');
      if (composer && newComposer && composer.dataset.state !== newComposer.dataset.state) {
        composer.replaceWith(newComposer);
        bindComposer(document);
      }
      document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    });
  });

  function listen() {
    if (!window.EventSource) { return; }
    var page = document.body.dataset.page;
    var source = new EventSource('/console/events');
    // (re)connected: whatever changed while the stream was not there yet (or was lost) is fetched once
    source.addEventListener('open', function () {
      if (page === 'inquiry-list') {
        refreshList();
      } else if (page === 'inquiry') {
        refreshInquiry();
      }
      document.body.dataset.live = 'on';
    });
    source.addEventListener('error', function () { document.body.dataset.live = 'off'; });
    source.addEventListener('inquiry', function (e) {
      var data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      if (page === 'inquiry-list') {
        refreshList();
      } else if (page === 'inquiry' && String(data.id) === document.body.dataset.inquiryId) {
        refreshInquiry();
      }
      if (data.kind === 'OPENED') { showToast(data.id); }
    });
  }

  // Ctrl+Enter (Cmd+Enter on a Mac) sends the form the text box belongs to.
  function bindSendShortcut(textarea) {
    textarea.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        if (textarea.form.requestSubmit) { textarea.form.requestSubmit(); } else { textarea.form.submit(); }
      }
    });
  }

  function insertCanned(target, text) {
    target.value = target.value ? target.value + '\n' + text : text;
    target.focus();
  }

  // "/" and the start of a canned reply's name, typed in the reply box, offers the matching replies: arrows choose,
  // Enter or Tab takes one (it replaces "/name"), Escape closes the list.
  function bindSlashCanned(textarea, select) {
    var replies = Array.prototype.slice.call(select.options).filter(function (o) { return o.value; })
      .map(function (o) { return { key: o.dataset.key || o.text, text: o.value }; });
    var menu = document.createElement('ul');
    menu.id = 'canned-menu';
    menu.className = 'canned-menu';
    menu.setAttribute('role', 'listbox');
    menu.setAttribute('aria-label', '定型文の候補');
    menu.hidden = true;
    textarea.parentNode.insertBefore(menu, textarea.nextSibling);
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    menu.parentNode.insertBefore(status, menu.nextSibling);
    var matches = [];
    var active = 0;

    function token() {
      var before = textarea.value.slice(0, textarea.selectionStart);
      // "/" at the start, after a space or after Japanese text (not in a URL, a date or a fraction such as 1/2)
      var m = /(^|[^\/:\w])\/([^\s\/]*)$/.exec(before);
      return m ? { start: before.length - m[2].length - 1, name: m[2] } : null;
    }

    function close() {
      menu.hidden = true;
      matches = [];
      textarea.removeAttribute('aria-activedescendant');
    }

    function render() {
      menu.innerHTML = '';
      matches.forEach(function (r, i) {
        var li = document.createElement('li');
        li.id = 'canned-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', i === active ? 'true' : 'false');
        li.textContent = r.key;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(i); });
        menu.appendChild(li);
      });
      menu.hidden = matches.length === 0;
      if (matches.length) { textarea.setAttribute('aria-activedescendant', 'canned-option-' + active); }
    }

    function pick(i) {
      var t = token();
      var chosen = matches[i];
      if (!t || !chosen) { close(); return; }
      var end = textarea.selectionStart;
      textarea.value = textarea.value.slice(0, t.start) + chosen.text + textarea.value.slice(end);
      var caret = t.start + chosen.text.length;
      textarea.setSelectionRange(caret, caret);
      status.textContent = '定型文「' + chosen.key + '」を入れました';
      close();
    }

    textarea.addEventListener('input', function () {
      var t = token();
      if (!t) { close(); return; }
      var name = t.name.toLowerCase();
      matches = replies.filter(function (r) { return r.key.toLowerCase().indexOf(name) !== -1; });
      active = 0;
      render();
      status.textContent = matches.length ? '定型文の候補 ' + matches.length + ' 件（上下の矢印で選び、Enterで入れます）' : '';
    });
    textarea.addEventListener('keydown', function (e) {
      if (menu.hidden) { return; }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
        render();
      } else if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') {
        e.preventDefault();
        pick(active);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
    textarea.addEventListener('blur', close);
  }

  function bindComposer(root) {
    root.querySelectorAll('form textarea').forEach(function (textarea) {
      if (textarea.dataset.bound) { return; }
      textarea.dataset.bound = 'yes';
      bindSendShortcut(textarea);
    });
    root.querySelectorAll('select[data-canned-target]').forEach(function (select) {
      if (select.dataset.bound) { return; }
      select.dataset.bound = 'yes';
      var target = document.getElementById(select.dataset.cannedTarget);
      if (target) { bindSlashCanned(target, select); }
      select.addEventListener('change', function () {
        if (target && select.value) { insertCanned(target, select.value); }
        select.value = '';
      });
    });
  }

  onReady(function () {
    scrollTranscript();
    bindComposer(document);
    document.addEventListener('submit', function (e) {
      var form = e.target;
      if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) { e.preventDefault(); }
    });
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    if (document.body.dataset.page === 'inquiry-list' || document.body.dataset.page === 'inquiry') { listen(); }
  });
}());
