from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'validation.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_v = missing
    pass
    parent_template = environment.get_template('_layout.html', 'validation.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_v = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation')
    context.vars['v'] = l_0_v
    context.exported_vars.add('v')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Validation summary'

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<p>'
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'files'), 'file')))
    yield ' checked: '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'errors'), 'error')))
    yield ', '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'), 'warning')))
    yield ', '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'notices'), 'notice')))
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
        pass
        yield '; '
        yield escape(environment.finalize(t_2(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived')), 'finding')))
        yield ' waived'
    yield '.\nRun <code>nzconfig validate</code> for the same findings with their hints; <code>nzconfig rules</code> lists every rule.</p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield '<h2>Findings by rule</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
        pass
        yield '<table>\n<thead><tr><th scope="col">Rule</th><th scope="col">Title</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notices</th></tr></thead>\n<tbody>\n'
        for l_1_g in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row"><a href="#'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_g, 'rule'))))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'rule')))
            yield '</a></th><td>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'title')))
            yield '</td><td class="number">'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'errors')))
            yield '</td><td class="number">'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'warnings')))
            yield '</td><td class="number">'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'notices')))
            yield '</td></tr>\n'
        l_1_g = missing
        yield '</tbody>\n</table>\n'
        for l_1_g in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
            _loop_vars = {}
            pass
            yield '<section id="'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_g, 'rule'))))
            yield '">\n<h3>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'rule')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'title')))
            yield '</h3>\n<ul>\n'
            for l_2_f in environment.getattr(l_1_g, 'findings'):
                _loop_vars = {}
                pass
                yield '<li><strong class="'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '</strong> <code>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'location')))
                yield '</code>: '
                yield escape(environment.finalize(environment.getattr(l_2_f, 'message')))
                if environment.getattr(l_2_f, 'hint'):
                    pass
                    yield ' (hint: '
                    yield escape(environment.finalize(environment.getattr(l_2_f, 'hint')))
                    yield ')'
                yield '</li>\n'
            l_2_f = missing
            yield '</ul>\n</section>\n'
        l_1_g = missing
    else:
        pass
        yield '<p>No findings.</p>\n'
    yield '<h2>Waived findings</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
        pass
        yield '<ul>\n'
        for l_1_f in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
            _loop_vars = {}
            pass
            yield '<li>['
            yield escape(environment.finalize(environment.getattr(l_1_f, 'rule')))
            yield '] <code>'
            yield escape(environment.finalize(environment.getattr(l_1_f, 'location')))
            yield '</code>: '
            yield escape(environment.finalize(environment.getattr(l_1_f, 'message')))
            yield '</li>\n'
        l_1_f = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>None.</p>\n'
    yield '<h2>Waivers</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waivers'):
        pass
        yield '<table>\n<thead><tr><th scope="col">Rule</th><th scope="col">Applies to</th><th scope="col">Reason</th><th scope="col">Expires</th></tr></thead>\n<tbody>\n'
        for l_1_w in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waivers'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'rule')))
            if environment.getattr(l_1_w, 'title'):
                pass
                yield ' ('
                yield escape(environment.finalize(environment.getattr(l_1_w, 'title')))
                yield ')'
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'target')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'reason')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'expires')))
            yield '</td></tr>\n'
        l_1_w = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>No waivers (policies/waivers.yaml).</p>\n'

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '2=14&3=17&4=22&5=32&6=54&9=68&11=84&15=87&16=91&20=105&21=109&22=111&24=115&25=119&34=139&36=142&37=146&44=158&48=161&49=165'

# Generated by `python -m nzconfig.render.precompile` from templates/validation.html; do not edit.
# ruff: noqa
