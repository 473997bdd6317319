/*
 * Planprocess: sorting and filtering for the process tracker (planprocess-tracker, matrix layout). The server renders
 * the whole table, in committee order; without JavaScript it is complete. This script only adds: column headers that
 * sort (by the data-sort values the server wrote, never by the visible text), a filter field and an "only those
 * behind" toggle that hide rows, and a status line that announces the order and how many rows are shown. The totals
 * in the table's footer always count every row; the status line says so.
 */
(function () {
    'use strict';

    var instances = 0;

    function rowsOf(table) {
        return Array.prototype.slice.call(table.tBodies[0].rows);
    }

    function number(element, attribute) {
        var value = parseInt(element.getAttribute(attribute), 10);
        return isNaN(value) ? 0 : value;
    }

    function normalise(text) {
        return (text || '').toLocaleLowerCase('sv').trim();
    }

    function enhance(table) {
        if (table.getAttribute('data-pp-enhanced') === 'true' || !table.tBodies.length) {
            return;
        }
        table.setAttribute('data-pp-enhanced', 'true');
        instances += 1;
        var id = 'pp-tracker-' + instances;
        var total = rowsOf(table).length;
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var sorted = { column: 0, direction: 'ascending' };

        var controls = document.createElement('div');
        controls.className = 'pp-tracker__controls';
        var filter = document.createElement('div');
        filter.className = 'pp-tracker__filter';
        var label = document.createElement('label');
        label.setAttribute('for', id + '-filter');
        label.textContent = AJS.I18n.getText('planprocess.tracker.filter.label');
        var input = document.createElement('input');
        input.type = 'search';
        input.id = id + '-filter';
        input.setAttribute('autocomplete', 'off');
        filter.appendChild(label);
        filter.appendChild(input);
        var behind = document.createElement('div');
        behind.className = 'pp-tracker__behind';
        var toggle = document.createElement('input');
        toggle.type = 'checkbox';
        toggle.id = id + '-behind';
        var toggleLabel = document.createElement('label');
        toggleLabel.setAttribute('for', toggle.id);
        toggleLabel.textContent = AJS.I18n.getText('planprocess.tracker.filter.behind');
        behind.appendChild(toggle);
        behind.appendChild(toggleLabel);
        controls.appendChild(filter);
        controls.appendChild(behind);
        var status = document.createElement('p');
        status.className = 'pp-tracker__status';
        status.id = id + '-status';
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');

        function countText() {
            var shown = rowsOf(table).filter(function (row) { return !row.hidden; }).length;
            return shown === total ? AJS.I18n.getText('planprocess.tracker.filter.all', total)
                : AJS.I18n.getText('planprocess.tracker.filter.shown', shown, total);
        }

        /* the first text is there before the region is in the page, so it is not announced */
        status.textContent = countText();
        table.parentNode.insertBefore(controls, table);
        table.parentNode.insertBefore(status, table.nextSibling);

        function applyFilter() {
            var wanted = normalise(input.value);
            var onlyBehind = toggle.checked;
            rowsOf(table).forEach(function (row) {
                var name = normalise(row.getAttribute('data-committee'));
                var shortName = normalise(row.getAttribute('data-short-name'));
                var matches = wanted === '' || name.indexOf(wanted) !== -1 || shortName.indexOf(wanted) !== -1;
                row.hidden = !(matches && (!onlyBehind || row.getAttribute('data-behind') === 'true'));
            });
            status.textContent = countText();
        }

        function sortText(column, direction) {
            var name = headers[column].getAttribute('data-sort-name');
            if (column === 0) {
                return direction === 'ascending' ? AJS.I18n.getText('planprocess.tracker.sort.committee.ascending')
                    : AJS.I18n.getText('planprocess.tracker.sort.committee.descending');
            }
            return direction === 'descending' ? AJS.I18n.getText('planprocess.tracker.sort.worst', name)
                : AJS.I18n.getText('planprocess.tracker.sort.best', name);
        }

        function sortBy(column, direction) {
            var sign = direction === 'ascending' ? 1 : -1;
            var rows = rowsOf(table);
            rows.sort(function (a, b) {
                var order = number(a, 'data-sort-committee') - number(b, 'data-sort-committee');
                if (column === 0) {
                    return sign * order;
                }
                var byCell = number(a.cells[column], 'data-sort') - number(b.cells[column], 'data-sort');
                return byCell !== 0 ? sign * byCell : order;
            });
            var body = table.tBodies[0];
            rows.forEach(function (row) { body.appendChild(row); });
            headers.forEach(function (header, index) {
                if (index === column) {
                    header.setAttribute('aria-sort', direction);
                } else {
                    header.removeAttribute('aria-sort');
                }
                var icon = header.querySelector('.pp-tracker__sort-icon');
                if (icon) {
                    icon.textContent = index !== column ? '' : (direction === 'ascending' ? '\u25B2' : '\u25BC');
                }
            });
            sorted = { column: column, direction: direction };
            status.textContent = sortText(column, direction) + ' ' + countText();
        }

        headers.forEach(function (header, column) {
            if (!header.hasAttribute('data-sort-column')) {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'pp-tracker__sort';
            while (header.firstChild) {
                button.appendChild(header.firstChild);
            }
            var icon = document.createElement('span');
            icon.className = 'pp-tracker__sort-icon';
            icon.setAttribute('aria-hidden', 'true');
            icon.textContent = column === 0 ? '\u25B2' : '';
            button.appendChild(icon);
            header.appendChild(button);
            button.addEventListener('click', function () {
                var first = column === 0 ? 'ascending' : 'descending';
                var direction = sorted.column === column
                    ? (sorted.direction === 'ascending' ? 'descending' : 'ascending') : first;
                sortBy(column, direction);
            });
        });
        input.addEventListener('input', applyFilter);
        toggle.addEventListener('change', applyFilter);
    }

    function init() {
        var tables = document.querySelectorAll('table[data-pp-tracker-table="matrix"]');
        for (var i = 0; i < tables.length; i++) {
            enhance(tables[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
