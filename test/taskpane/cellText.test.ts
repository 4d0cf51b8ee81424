import { cellText, isDateFormat } from '../../src/taskpane/cellText';

describe('cell text as Excel shows it (the preview outside Office)', () => {
  it.each([
    [44986, 'yyyy-mm-dd', '2023-03-01'],
    [44986, 'yyyy/m/d', '2023-03-01'],
    [44986, 'yyyy"年"m"月"d"日"', '2023年3月1日'],
    [44986, 'yyyy"年"m"月"', '2023年3月'],
    [44986, '[$-804]yyyy"年"m"月"', '2023年3月'],
    [0.894, '0.0%', '89.4%'],
    [0.894, '0%', '89%'],
    [12345.6, '#,##0.00', '12,345.60'],
    [12345.6, '0.00', '12345.60'],
    [8239560.85, '#,##0.00_);(#,##0.00)', '8,239,560.85'],
    [9630, 'General', '9630'],
    [0.1 + 0.2, null, '0.3'],
    [44986, '@', '44986'],
  ])('%p in %p → %p', (v, fmt, text) => {
    expect(cellText(v, fmt)).toBe(text);
  });

  it('shows text, booleans, errors and blanks as they are', () => {
    expect(cellText('区发展改革委', 'yyyy-mm-dd')).toBe('区发展改革委');
    expect(cellText(true, null)).toBe('TRUE');
    expect(cellText({ error: '#N/A' }, null)).toBe('#N/A');
    expect(cellText(null, '0.0%')).toBe('');
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('m/d/yy h:mm')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('0.0%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0"万元"')).toBe(false);
  });
});
