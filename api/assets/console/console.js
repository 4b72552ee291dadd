"use strict";(()=>{var Ae,N,bt,Eo,ee,mt,ft,St,Le,$e,ue,$t,We,Ue,Ge,No,Re={},ve=[],xo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ce=Array.isArray;function Z(e,n){for(var o in n)e[o]=n[o];return e}function He(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function To(e,n,o){var r,s,i,u={};for(i in n)i=="key"?r=n[i]:i=="ref"?s=n[i]:u[i]=n[i];if(arguments.length>2&&(u.children=arguments.length>3?Ae.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)u[i]===void 0&&(u[i]=e.defaultProps[i]);return he(e,u,r,s,null)}function he(e,n,o,r,s){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++bt,__i:-1,__u:0};return s==null&&N.vnode!=null&&N.vnode(i),i}function T(e){return e.children}function De(e,n){this.props=e,this.context=n}function te(e,n){if(n==null)return e.__?te(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?te(e):null}function qo(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],s=[],i=Z({},n);i.__v=n.__v+1,N.vnode&&N.vnode(i),je(e.__P,i,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??te(n),!!(32&n.__u),s),i.__v=n.__v,i.__.__k[i.__i]=i,_t(r,i,s),n.__e=n.__=null,i.__e!=o&&ht(i)}}function ht(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ht(e)}function pt(e){(!e.__d&&(e.__d=!0)&&ee.push(e)&&!_e.__r++||mt!=N.debounceRendering)&&((mt=N.debounceRendering)||ft)(_e)}function _e(){try{for(var e,n=1;ee.length;)ee.length>n&&ee.sort(St),e=ee.shift(),n=ee.length,qo(e)}finally{ee.length=_e.__r=0}}function Dt(e,n,o,r,s,i,u,d,a,l,g){var y,c,m,b,_,R,$=r&&r.__k||ve,v=n.length;for(a=ko(o,n,$,a,v),y=0;y<v;y++)(m=o.__k[y])!=null&&(c=m.__i!=-1&&$[m.__i]||Re,m.__i=y,R=je(e,m,c,s,i,u,d,a,l,g),b=m.__e,m.ref&&c.ref!=m.ref&&(c.ref&&Ke(c.ref,null,m),g.push(m.ref,m.__c||b,m)),_==null&&b!=null&&(_=b),4&m.__u?(a=Rt(m,a,e),c.__e&&(c.__e=null)):typeof m.type=="function"&&R!==void 0?a=R:b&&(a=b.nextSibling),m.__u&=-7);return o.__e=_,a}function ko(e,n,o,r,s){var i,u,d,a,l,g=o.length,y=g,c=0;for(e.__k=new Array(s),i=0;i<s;i++)(u=n[i])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u=="string"||typeof u=="number"||typeof u=="bigint"||u.constructor==String?u=e.__k[i]=he(null,u,null,null,null):Ce(u)?u=e.__k[i]=he(T,{children:u},null,null,null):u.constructor===void 0&&u.__b>0?u=e.__k[i]=he(u.type,u.props,u.key,u.ref?u.ref:null,u.__v):e.__k[i]=u,a=i+c,u.__=e,u.__b=e.__b+1,d=null,(l=u.__i=wo(u,o,a,y))!=-1&&(y--,(d=o[l])&&(d.__u|=2)),d==null||d.__v==null?(l==-1&&(s>g?c--:s<g&&c++),typeof u.type!="function"&&(u.__u|=4)):l!=a&&(l==a-1?c--:l==a+1?c++:(l>a?c--:c++,u.__u|=4))):e.__k[i]=null;if(y)for(i=0;i<g;i++)(d=o[i])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=te(d)),Ct(d,d));return r}function Rt(e,n,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,n=Rt(r[s],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=te(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function wo(e,n,o,r){var s,i,u,d=e.key,a=e.type,l=n[o],g=l!=null&&(2&l.__u)==0;if(l===null&&d==null||g&&d==l.key&&a==l.type)return o;if(r>(g?1:0)){for(s=o-1,i=o+1;s>=0||i<n.length;)if((l=n[u=s>=0?s--:i++])!=null&&(2&l.__u)==0&&d==l.key&&a==l.type)return u}return-1}function gt(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||xo.test(n)?o:o+"px"}function Se(e,n,o,r,s){var i,u;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||gt(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||gt(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")i=n!=(n=n.replace($t,"$1")),u=n.toLowerCase(),n=u in e||n=="onFocusOut"||n=="onFocusIn"?u.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+i]=o,o?r?o[ue]=r[ue]:(o[ue]=We,e.addEventListener(n,i?Ge:Ue,i)):e.removeEventListener(n,i?Ge:Ue,i);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function yt(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[$e]==null)n[$e]=We++;else if(n[$e]<o[ue])return;return o(N.event?N.event(n):n)}}}function je(e,n,o,r,s,i,u,d,a,l){var g,y,c,m,b,_,R,$,v,P,V,L,Q,W,B,ie,U=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(a=!!(32&o.__u),i=[d=n.__e=o.__e]),(g=N.__b)&&g(n);e:if(typeof U=="function"){y=u.length;try{if(v=n.props,P=U.prototype&&U.prototype.render,V=(g=U.contextType)&&r[g.__c],L=g?V?V.props.value:g.__:r,o.__c?$=(c=n.__c=o.__c).__=c.__E:(P?n.__c=c=new U(v,L):(n.__c=c=new De(v,L),c.constructor=U,c.render=Po),V&&V.sub(c),c.state||(c.state={}),c.__n=r,m=c.__d=!0,c.__h=[],c._sb=[]),P&&c.__s==null&&(c.__s=c.state),P&&U.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Z({},c.__s)),Z(c.__s,U.getDerivedStateFromProps(v,c.__s))),b=c.props,_=c.state,c.__v=n,m)P&&U.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),P&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(P&&U.getDerivedStateFromProps==null&&v!==b&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(v,L),n.__v==o.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(v,c.__s,L)===!1){n.__v!=o.__v&&(c.props=v,c.state=c.__s,c.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(j){j&&(j.__=n)}),ve.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&u.push(c),d=te(o);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(v,c.__s,L),P&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(b,_,R)})}if(c.context=L,c.props=v,c.__P=e,c.__e=!1,Q=N.__r,W=0,P)c.state=c.__s,c.__d=!1,Q&&Q(n),g=c.render(c.props,c.state,c.context),ve.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,Q&&Q(n),g=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++W<25);c.state=c.__s,c.getChildContext!=null&&(r=Z(Z({},r),c.getChildContext())),P&&!m&&c.getSnapshotBeforeUpdate!=null&&(R=c.getSnapshotBeforeUpdate(b,_)),B=g!=null&&g.type===T&&g.key==null?At(g.props.children):g,d=Dt(e,Ce(B)?B:[B],n,o,r,s,i,u,d,a,l),c.base=n.__e,n.__u&=-161,c.__h.length&&u.push(c),$&&(c.__E=c.__=null)}catch(j){if(u.length=y,n.__v=null,a||i!=null){if(j.then){for(n.__u|=a?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;i!=null&&(i[i.indexOf(d)]=null),n.__e=d}else if(i!=null)for(ie=i.length;ie--;)He(i[ie])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),j.then||vt(n),N.__e(j,n,o)}}else i==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):d=n.__e=Mo(o.__e,n,o,r,s,i,u,a,l);return(g=N.diffed)&&g(n),128&n.__u?void 0:d}function vt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(vt))}function _t(e,n,o){for(var r=0;r<o.length;r++)Ke(o[r],o[++r],o[++r]);N.__c&&N.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){N.__e(i,s.__v)}})}function At(e){return typeof e!="object"||e==null||e.__b>0?e:Ce(e)?e.map(At):e.constructor!==void 0?null:Z({},e)}function Mo(e,n,o,r,s,i,u,d,a){var l,g,y,c,m,b,_,R=o.props||Re,$=n.props,v=n.type;if(v=="svg"?s="http://www.w3.org/2000/svg":v=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(l=0;l<i.length;l++)if((m=i[l])&&"setAttribute"in m==!!v&&(v?m.localName==v:m.nodeType==3)){e=m,i[l]=null;break}}if(e==null){if(v==null)return document.createTextNode($);e=document.createElementNS(s,v,$.is&&$),d&&(N.__m&&N.__m(n,i),d=!1),i=null}if(v==null)R===$||d&&e.data==$||(e.data=$);else{if(i=v=="textarea"&&$.defaultValue!=null?null:i&&Ae.call(e.childNodes),!d&&i!=null)for(R={},l=0;l<e.attributes.length;l++)R[(m=e.attributes[l]).name]=m.value;for(l in R)m=R[l],l=="dangerouslySetInnerHTML"?y=m:l=="children"||l in $||l=="value"&&"defaultValue"in $||l=="checked"&&"defaultChecked"in $||Se(e,l,null,m,s);for(l in $)m=$[l],l=="children"?c=m:l=="dangerouslySetInnerHTML"?g=m:l=="value"?b=m:l=="checked"?_=m:d&&typeof m!="function"||R[l]===m||Se(e,l,m,R[l],s);if(g)d||y&&(g.__html==y.__html||g.__html==e.innerHTML)||(e.innerHTML=g.__html),n.__k=[];else if(y&&(e.innerHTML=""),Dt(n.type=="template"?e.content:e,Ce(c)?c:[c],n,o,r,v=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,u,i?i[0]:o.__k&&te(o,0),d,a),i!=null)for(l=i.length;l--;)He(i[l]);d&&v!="textarea"||(l="value",v=="progress"&&b==null?e.removeAttribute("value"):b!=null&&(b!==e[l]||v=="progress"&&!b||v=="option"&&b!=R[l])&&Se(e,l,b,R[l],s),l="checked",_!=null&&_!=e[l]&&Se(e,l,_,R[l],s))}return e}function Ke(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(s){N.__e(s,o)}}function Ct(e,n,o){var r,s;if(N.unmount&&N.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Ke(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){N.__e(i,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&Ct(r[s],n,o||typeof e.type!="function");o||He(e.__e),e.__c=e.__=e.__e=void 0}function Po(e,n,o){return this.constructor(e,o)}function It(e,n,o){var r,s,i,u;n==document&&(n=document.documentElement),N.__&&N.__(e,n),s=(r=typeof o=="function")?null:o&&o.__k||n.__k,i=[],u=[],je(n,e=(!r&&o||n).__k=To(T,null,[e]),s||Re,Re,n.namespaceURI,!r&&o?[o]:s?null:n.firstChild?Ae.call(n.childNodes):null,i,!r&&o?o:s?s.__e:n.firstChild,r,u),_t(i,e,u),e.props.children=null}Ae=ve.slice,N={__e:function(e,n,o,r){for(var s,i,u;n=n.__;)if((s=n.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),u=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),u=s.__d),u)return s.__E=s}catch(d){e=d}throw e}},bt=0,Eo=function(e){return e!=null&&e.constructor===void 0},De.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Z({},this.state),typeof e=="function"&&(e=e(Z({},o),this.props)),e&&Z(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),pt(this))},De.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),pt(this))},De.prototype.render=T,ee=[],ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,St=function(e,n){return e.__v.__b-n.__v.__b},_e.__r=0,Le=Math.random().toString(8),$e="__d"+Le,ue="__a"+Le,$t=/(PointerCapture)$|Capture$/i,We=0,Ue=yt(!1),Ge=yt(!0),No=0;var le,M,Ze,Et,de=0,Pt=[],O=N,Nt=O.__b,xt=O.__r,Tt=O.diffed,qt=O.__c,kt=O.unmount,wt=O.__;function ze(e,n){O.__h&&O.__h(M,e,de||n),de=0;var o=M.__H||(M.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function p(e){return de=1,Oo(Ft,e)}function Oo(e,n,o){var r=ze(le++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):Ft(void 0,n),function(d){var a=r.__N?r.__N[0]:r.__[0],l=r.t(a,d);a!==l&&(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var s=function(d,a,l){if(!r.__c.__H)return!0;var g=!1,y=r.__c.props!==d;if(r.__c.__H.__.some(function(m){if(m.__N){g=!0;var b=m.__[0];m.__=m.__N,m.__N=void 0,b!==m.__[0]&&(y=!0)}}),i){var c=i.call(this,d,a,l);return g?c||y:c}return!g||y};M.__f=!0;var i=M.shouldComponentUpdate,u=M.componentWillUpdate;M.componentWillUpdate=function(d,a,l){if(this.__e){var g=i;i=void 0,s(d,a,l),i=g}u&&u.call(this,d,a,l)},M.shouldComponentUpdate=s}return r.__N||r.__}function C(e,n){var o=ze(le++,3);!O.__s&&Ot(o.__H,n)&&(o.__=e,o.u=n,M.__H.__h.push(o))}function Ee(e){return de=5,H(function(){return{current:e}},[])}function H(e,n){var o=ze(le++,7);return Ot(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Ne(e,n){return de=8,H(function(){return e},n)}function Fo(){for(var e;e=Pt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Ie),n.__h.some(Ye),n.__h=[]}catch(o){n.__h=[],O.__e(o,e.__v)}}}O.__b=function(e){M=null,Nt&&Nt(e)},O.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),wt&&wt(e,n)},O.__r=function(e){xt&&xt(e),le=0;var n=(M=e.__c).__H;n&&(Ze===M?(n.__h=[],M.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Ie),n.__h.some(Ye),n.__h=[],le=0)),Ze=M},O.diffed=function(e){Tt&&Tt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Pt.push(n)!==1&&Et===O.requestAnimationFrame||((Et=O.requestAnimationFrame)||Qo)(Fo)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ze=M=null},O.__c=function(e,n){n.some(function(o){try{o.__h.some(Ie),o.__h=o.__h.filter(function(r){return!r.__||Ye(r)})}catch(r){n.some(function(s){s.__h&&(s.__h=[])}),n=[],O.__e(r,o.__v)}}),qt&&qt(e,n)},O.unmount=function(e){kt&&kt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ie(r)}catch(s){n=s}}),o.__H=void 0,n&&O.__e(n,o.__v))};var Mt=typeof requestAnimationFrame=="function";function Qo(e){var n,o=function(){clearTimeout(r),Mt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);Mt&&(n=requestAnimationFrame(o))}function Ie(e){var n=M,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),M=n}function Ye(e){var n=M;e.__c=e.__(),M=n}function Ot(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function Ft(e,n){return typeof n=="function"?n(e):n}var h=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Qt=new h(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `,{fragmentName:"Me"}),Vt=new h(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `),Bt=new h(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Lt=new h(`
    query AdminCommunes {
  communes(participating: true) {
    code
    name
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),Ut=new h(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `),Gt=new h(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `),Wt=new h(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `),Ht=new h(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `),jt=new h(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),Kt=new h(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `),Zt=new h(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Yt=new h(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),zt=new h(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `),Jt=new h(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Xt=new h(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),en=new h(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),tn=new h(`
    mutation EndSession {
  endSession
}
    `),nn=new h(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      priority
      overdue
      assignee {
        displayName
      }
      incident {
        id
        reportCount
      }
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `),on=new h(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
        referent {
          id
        }
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),rn=new h(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),sn=new h(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),an=new h(`
    query ProblemCases($after: String) {
  problemCases(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      status
      communeCodes
      openedAt
    }
  }
}
    `),un=new h(`
    query ProblemCaseDetail($id: ID!) {
  problemCase(id: $id) {
    id
    title
    problem
    status
    managedByMe
    openedAt
    closedAt
    assessment
    evaluation {
      windowDays
      totalBefore
      totalAfter
      afterComplete
    }
    members {
      displayName
      role
      brigadeName
      organisation {
        name
      }
    }
    reports {
      categoryCode
      status
      communeCode
      observedOn
    }
    actions {
      id
      title
      owner
      dueOn
      status
      outcome
    }
    meetings {
      id
      heldOn
      attendees
      minutes
    }
  }
}
    `),ln=new h(`
    mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
  saveProblemCaseAction(caseId: $case, input: $input) {
    id
  }
}
    `),dn=new h(`
    mutation CloseProblemCase($case: ID!, $assessment: String!) {
  closeProblemCase(caseId: $case, assessment: $assessment) {
    id
    status
  }
}
    `),cn=new h(`
    mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
  recordProblemCaseMeeting(caseId: $case, input: $input) {
    id
  }
}
    `),mn=new h(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),pn=new h(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),gn=new h(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `),yn=new h(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),bn=new h(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),fn=new h(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),Sn=new h(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `),$n=new h(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `),hn=new h(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),Dn=new h(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `),Rn=new h(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),vn=new h(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `),_n=new h(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `),An=new h(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `),Cn=new h(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
    incident {
      id
      confirmed
      reportCount
      reports {
        id
        status
        observedAt
        category {
          label
        }
      }
    }
  }
}
    `),In=new h(`
    query SecurityRequests($status: SecurityRequestStatus, $after: String) {
  securityRequests(filter: {status: $status}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      communeCode
      topic
      subject
      status
      updatedAt
    }
  }
}
    `),En=new h(`
    query SecurityRequestThread($id: ID!) {
  securityRequest(id: $id) {
    id
    status
    messages {
      authorRole
      body
      createdAt
    }
  }
}
    `),Nn=new h(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `),xn=new h(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `),Tn=new h(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `),qn=new h(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),kn=new h(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `),wn=new h(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),Mn=new h(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),Pn=new h(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),On=new h(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `),Fn=new h(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `),Qn=new h(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),Vn=new h(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),Bn=new h(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),Ln=new h(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),Un=new h(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var Bo={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":Vt,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":Bt,"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":Lt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Ut,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Gt,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Wt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Ht,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":jt,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":Kt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Zt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Yt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":zt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Qt,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":Jt,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":Xt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":en,"\n  mutation EndSession {\n    endSession\n  }\n":tn,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":nn,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id } } } }\n    brigadeTo: brigades { id code name }\n  }\n":on,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":rn,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":sn,"\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n":an,"\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n":un,"\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n":ln,"\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n":dn,"\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n":cn,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":mn,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":pn,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":gn,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":yn,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":bn,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":fn,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":Sn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":$n,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":hn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":Dn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":Rn,"\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n":vn,"\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n":_n,"\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n":An,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n":Cn,"\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n":In,"\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n":En,"\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n":Nn,"\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n":xn,"\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n":Tn,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":qn,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":kn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":wn,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":Mn,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":Pn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":On,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":Fn,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":Qn,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":Vn,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":Bn,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":Ln,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":Un};function S(e){return Bo[e]??{}}var G=class extends Error{constructor(o,r,s=null){super(o);this.code=r;this.field=s}};S(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    commander
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var Lo=S(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Uo=S(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),Go=S(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Wo=S(`
  mutation EndSession {
    endSession
  }
`),Y=null,Te=0,Je=null,Xe=new Set;function Gn(e){return Xe.add(e),()=>Xe.delete(e)}function Wn(e){return Y=e.accessToken,Te=Date.now()+e.expiresIn*1e3,e.user}function Hn(){Y=null,Te=0,Xe.forEach(e=>e(null))}async function jn(){return Y&&Date.now()>Te-3e4&&await me(),Y}async function ce(e,n){let o={"content-type":"application/json"};Y&&(o.authorization=`Bearer ${Y}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:n})})}catch{throw new G("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new G(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function xe(e){let n=e?.errors?.[0];return n?new G(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function D(e,...[n]){Y&&Date.now()>Te-3e4&&await me();let o=n??{},r=await ce(e,o),s=xe(r);if(s?.code==="UNAUTHENTICATED"&&Y&&await me()&&(r=await ce(e,o),s=xe(r)),s)throw s.code==="UNAUTHENTICATED"&&Hn(),s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return r.data}function me(){return Je??=(async()=>{try{let e=await ce(Lo,{});return xe(e)||!e.data?(Y=null,null):Wn(e.data.resumeSession)}catch{return null}finally{Je=null}})(),Je}async function Kn(e,n,o=null){let r=await ce(Uo,{email:e,password:n,totpCode:o}),s=xe(r);if(s)throw s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return Wn(r.data.login)}async function qe(e=!1){try{e?await D(Go):await ce(Wo,{})}finally{Hn()}}var F={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function Zn(e){return Object.hasOwn(F,e)?F[e]:e}var Yn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],zn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue",INCIDENT_CHANGED:"Regroupement en incident"},K={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},pe={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},Jn={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},z={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},Xn=[3,2,1,0],et=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),tt=et("Europe/Paris");function eo(e){try{tt=et(e||"Europe/Paris")}catch{tt=et("Europe/Paris")}}var Ho=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function k(e){return tt.format(new Date(e))}function ke(e){return Ho.format(new Date(`${e}T00:00:00Z`))}function to(e,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function we(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var jo=0,wi=Array.isArray;function t(e,n,o,r,s,i){n||(n={});var u,d,a=n;if("ref"in a)for(d in a={},n)d=="ref"?u=n[d]:a[d]=n[d];var l={type:e,props:a,key:o,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--jo,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(u=e.defaultProps))for(d in u)a[d]===void 0&&(a[d]=u[d]);return N.vnode&&N.vnode(l),l}function no(e){let n=new Date(`${e}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function Me(e,n,o){let r=new Map(e.map(u=>[u.key,u.count])),s=[],i=no(o);for(let u=no(n);u<=i&&s.length<530;u.setUTCDate(u.getUTCDate()+7)){let d=u.toISOString().slice(0,10);s.push({key:d,count:r.get(d)??0})}return s.length?s:e}function Pe({weeks:e}){if(e.every(i=>i.count===0))return t("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),s=r*e.length;return t("figure",{class:"chart","data-testid":"weekly-chart",children:[t("svg",{viewBox:`0 0 ${s} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,u)=>{let d=n?Math.max(2,i.count/n*o):0;return t("g",{children:[t("rect",{x:u*r+2,y:o-d,width:Math.max(2,r-4),height:d,class:"bar",children:t("title",{children:`Semaine du ${ke(i.key)} : ${i.count}`})}),(e.length<=12||u%Math.ceil(e.length/12)===0)&&t("text",{x:u*r+r/2,y:o+16,class:"axis",children:ke(i.key)})]},i.key)})}),t("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),t("table",{class:"visually-hidden",children:[t("caption",{children:"Signalements par semaine"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Semaine du"}),t("th",{scope:"col",children:"Signalements"})]})}),t("tbody",{children:e.map(i=>t("tr",{children:[t("td",{children:ke(i.key)}),t("td",{children:i.count})]},i.key))})]})]})}var Oe=1e3,nt=680;function ot(e,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function Ko(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function oe(e){let{outlines:n,points:o}=e,r=H(()=>{let[a,l,g,y]=[1/0,1/0,-1/0,-1/0],c=([_,R])=>{a=Math.min(a,_),g=Math.max(g,_),l=Math.min(l,R),y=Math.max(y,R)};if(n.forEach(_=>_.polygons.forEach(R=>R[0]?.forEach(([$,v])=>c(ot($,v))))),o.forEach(_=>c(ot(_.longitude,_.latitude))),!Number.isFinite(a))return null;let m=Math.max(g-a,y-l)*.04||5e-4;a-=m,l-=m,g+=m,y+=m;let b=Math.min(Oe/(g-a),nt/(y-l));return a-=(Oe/b-(g-a))/2,l-=(nt/b-(y-l))/2,{minX:a,minY:l,scale:b,height:nt}},[n,o]);if(!r)return t("p",{class:"muted",children:"Aucune commune à afficher."});let s=(a,l)=>{let[g,y]=ot(a,l);return[(g-r.minX)*r.scale,(y-r.minY)*r.scale]},i=a=>a.map(l=>l.map(g=>g.map(([y,c],m)=>`${m?"L":"M"}${s(y,c).map(b=>b.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),u=Zo(r),d=n.map(a=>{let l=a.polygons[0]?.[0]??[],g=l.reduce((y,[c,m])=>[y[0]+c,y[1]+m],[0,0]);return{outline:a,centre:l.length?s(g[0]/l.length,g[1]/l.length):null}});return t("figure",{class:"map",children:[t("svg",{viewBox:`0 0 ${Oe} ${r.height}`,role:"group","aria-label":e.title,children:[u.map(a=>t("image",{href:a.href,x:a.x,y:a.y,width:a.size,height:a.size},a.href)),d.map(({outline:a})=>t("path",{class:"commune",d:i(a.polygons),"fill-rule":"evenodd",children:t("title",{children:a.name})},a.code)),d.map(({outline:a,centre:l})=>l?t("text",{x:l[0],y:l[1],class:"commune-name","aria-hidden":"true",children:a.name},a.code):null),o.map(a=>{let[l,g]=s(a.longitude,a.latitude),y=()=>e.onSelect?.(a.id),c=e.onSelect?{tabIndex:0,role:"button",onClick:y,onKeyDown:b=>{(b.key==="Enter"||b.key===" ")&&(b.preventDefault(),y())}}:{role:"img"},m=e.grid?16+Math.min(24,a.weight*4):0;return t("g",{class:`marker urgency-${e.grid?"grid":a.weight}${a.selected?" selected":""}`,"aria-label":a.label,"data-report":a.id,...c,children:[e.grid?t("rect",{x:l-m/2,y:g-m/2,width:m,height:m}):t("circle",{cx:l,cy:g,r:a.selected?17:13}),t("title",{children:a.label})]},a.id)})]}),t("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Zo(e){let n=Ko();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,s=e.scale/r,i=e.minX+Oe/e.scale,u=e.minY+e.height/e.scale,d=[];for(let a=Math.floor(e.minX*r);a<=Math.floor(i*r);a++)for(let l=Math.floor(e.minY*r);l<=Math.floor(u*r);l++){let g=n.replace("{z}",String(o)).replace("{x}",String(a)).replace("{y}",String(l));d.push({href:g,x:(a/r-e.minX)*e.scale,y:(l/r-e.minY)*e.scale,size:s})}return d.slice(0,64)}var Yo=0;function rt(e){let[n]=p(()=>`${e}-${++Yo}`);return n}function I({kind:e,children:n}){return t("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:n})}function q(e){return e instanceof G?e.message:"Une erreur inattendue est survenue."}function x(e){let[n,o]=p(!1),[r,s]=p(null),[i,u]=p(null);return{run:Ne(async(...l)=>{o(!0),s(null),u(null);try{let g=await e(...l);g&&u(g)}catch(g){s(q(g))}finally{o(!1)}},[e]),busy:n,feedback:t(T,{children:[r&&t(I,{kind:"error",children:r}),i&&t(I,{kind:"success",children:i})]})}}function A(e){let n=rt("field"),o=e.hint?`${n}-hint`:void 0,r={id:n,value:e.value,required:e.required,"aria-describedby":o,onInput:s=>e.onInput(s.target.value)};return t("div",{class:"field",children:[t("label",{for:n,children:[e.label,e.required&&t("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&t("span",{class:"hint",id:o,children:e.hint}),e.multiline?t("textarea",{rows:3,...r}):t("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function E(e){let n=rt("select");return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),t("select",{id:n,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>t("option",{value:o,children:r},o))})]})}function w({title:e,children:n,id:o}){let r=rt("section");return t("section",{class:"panel","aria-labelledby":r,id:o,children:[t("h2",{id:r,children:e}),n]})}var zo=S(`
  query DepartementChoices {
    brigades { departement }
  }
`),Jo=S(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),Xo=S(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),oo=e=>e.toISOString().slice(0,10);function ro(){let[e,n]=p([]),[o,r]=p(""),[s,i]=p(oo(new Date(Date.now()-90*864e5))),[u,d]=p(oo(new Date)),[a,l]=p(null),[g,y]=p([]),[c,m]=p(null);C(()=>{D(zo).then($=>{let v=[...new Set($.brigades.map(P=>P.departement))].sort();n(v),r(P=>P||v[0]||"")}).catch($=>m(q($)))},[]),C(()=>{if(!o||!s||!u)return;let $=!0;return D(Jo,{departement:o,from:s,to:u}).then(async v=>{if(!$)return;l(v.departementActivity),m(null);let P=v.departementActivity.communes.slice(0,100).map(L=>L.code),V=await D(Xo,{codes:P});$&&y(V.communeOutlines)}).catch(v=>$&&m(q(v))),()=>{$=!1}},[o,s,u]);let b=H(()=>(a?.cells??[]).map($=>({id:`${$.latitude},${$.longitude}`,latitude:$.latitude,longitude:$.longitude,weight:$.count,label:`${$.count} signalement${$.count>1?"s":""} dans ce carré d’environ 200 m`})),[a]),_=H(()=>[...a?.communes??[]].filter($=>$.total>0).sort(($,v)=>v.total-$.total),[a]),R=(a?.communes.length??0)-_.length;return t(w,{title:"Le département d’un coup d’œil",id:"departement",children:[t("form",{class:"filters",onSubmit:$=>$.preventDefault(),"aria-label":"Département et période",children:[t(E,{label:"Département",value:o,onChange:r,options:e.map($=>[$,$])}),t(A,{label:"Du",type:"date",value:s,onInput:i}),t(A,{label:"Au",type:"date",value:u,onInput:d})]}),c&&t(I,{kind:"error",children:c}),a&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"departement-total",children:a.total})," signalements sur la période"]})}),t(Pe,{weeks:Me(a.byWeek,s,u)}),t("table",{class:"counts",children:[t("caption",{children:"Brigades : délais de prise en compte"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Brigade"}),t("th",{scope:"col",children:"Reçus"}),t("th",{scope:"col",children:"Délai médian"}),t("th",{scope:"col",children:"En retard"})]})}),t("tbody",{children:a.brigades.map($=>t("tr",{children:[t("th",{scope:"row",children:$.brigade.name}),t("td",{children:$.total}),t("td",{children:we($.medianSecondsToAcknowledge??null)}),t("td",{children:[$.overdue,$.overdueShare!=null&&` (${Math.round($.overdueShare*100)} %)`]})]},$.brigade.code))})]}),t("table",{class:"counts",children:[t("caption",{children:["Communes (",a.communes.length,", dont ",R," sans signalement sur la période)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Signalements"}),t("th",{scope:"col",children:"En cours"}),t("th",{scope:"col",children:"Participation citoyenne"})]})}),t("tbody",{children:_.map($=>t("tr",{children:[t("th",{scope:"row",children:$.name}),t("td",{children:$.total}),t("td",{children:$.open}),t("td",{children:$.participating?"Oui":"Non"})]},$.code))})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m",outlines:g,points:b,grid:!0})]})]})}function J(e,n,o,r){let[s,i]=p([]),[u,d]=p(null),[a,l]=p(null),[g,y]=p(!1),[c,m]=p(null),[b,_]=p(!1),[R,$]=p(0),v=async(V,L)=>{_(!0);try{let Q=await D(e,{...o,after:V}),W=n(Q);i(B=>L?[...B,...W.nodes]:W.nodes),d(W.totalCount),l(W.pageInfo.endCursor),y(W.pageInfo.hasNextPage),m(null)}catch(Q){m(q(Q))}finally{_(!1)}};C(()=>{v(null,!1)},[...r,R]);let P=g?t("button",{type:"button",disabled:b,onClick:()=>void v(a,!0),children:["Afficher plus (",s.length," sur ",u,")"]}):null;return{nodes:s,total:u,error:c,more:P,reload:()=>$(V=>V+1)}}var ge=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function io({me:e}){let[n,o]=p("communes");return t("div",{class:"admin",children:[t("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:ge.map(([r,s])=>t("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let u=ge.findIndex(([a])=>a===n),d=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(d){let a=ge[(u+d+ge.length)%ge.length][0];o(a),document.getElementById(`tab-${a}`)?.focus()}},children:s},r))}),t("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&t(ro,{}),n==="communes"&&t(dr,{}),n==="brigades"&&t(cr,{}),n==="categories"&&t(mr,{}),n==="routing"&&t(pr,{}),n==="accounts"&&t(gr,{me:e}),n==="audit"&&t(br,{})]})]})}function ye(e,n,...o){let[r,s]=p(null),[i,u]=p(null),[d,a]=p(0);return C(()=>{D(e,...o).then(l=>(s(l),u(null))).catch(l=>u(q(l)))},[...n,d]),{data:r,error:i&&t(I,{kind:"error",children:i}),reload:()=>a(l=>l+1)}}function re({rows:e,columns:n,rowKey:o}){return t("table",{children:[t("thead",{children:t("tr",{children:n.map(([r])=>t("th",{scope:"col",children:r},r))})}),t("tbody",{children:e.map(r=>t("tr",{children:n.map(([s,i])=>t("td",{children:i(r)},s))},o(r)))})]})}var er=S(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),tr=S(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),nr=S(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),or=S(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),rr=S(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),ir=S(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),sr=S(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),ar=S(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),ur=S(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),lr=S(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function dr(){let{data:e,error:n}=ye(er,[]);return t(w,{title:"Communes du dispositif",children:[n,t(re,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function cr(){let{data:e,error:n}=ye(tr,[]);return t(w,{title:"Brigades",children:[n,t(re,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function mr(){let{data:e,error:n}=ye(nr,[]);return t(w,{title:"Catégories de signalement",children:[n,t(re,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>z[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function pr(){let e=ye(or,[]),n=e.data?.communes??[],[o,r]=p(""),s=o||n[0]?.code||"",i=ye(rr,[s],{c:s}),[u,d]=p(""),[a,l]=p(""),g=x(async(b,_)=>(await D(ir,{c:s,k:b,b:_}),i.reload(),_?"Règle enregistrée.":"Règle retirée.")),y=e.data?.categories??[],c=e.data?.brigades??[],m=n.find(b=>b.code===s)?.brigade?.name??"—";return t(w,{title:"Règles d’acheminement",children:[e.error,t("form",{class:"filters",onSubmit:b=>b.preventDefault(),children:t(E,{label:"Commune",value:s,onChange:r,options:n.map(b=>[b.code,b.name])})}),t("p",{children:["Par défaut, les signalements vont à : ",t("strong",{children:m}),"."]}),i.error,t(re,{rows:(i.data?.categoryOverrides??[]).flatMap(b=>b.category?[{...b,category:b.category}]:[]),rowKey:b=>b.category.code,columns:[["Catégorie",b=>b.category.label],["Acheminée vers",b=>b.brigade?.name??"—"],["Action",b=>t("button",{type:"button",class:"small",disabled:g.busy,onClick:()=>void g.run(b.category.code,null),children:["Retirer la règle « ",b.category.label," »"]})]]}),t("h3",{children:"Nouvelle règle"}),t("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:b=>{b.preventDefault(),g.run(u||y[0]?.code,a||c[0]?.id)},children:[t(E,{label:"Catégorie",value:u||y[0]?.code||"",onChange:d,options:y.map(b=>[b.code,b.label])}),t(E,{label:"Brigade destinataire",value:a||c[0]?.id||"",onChange:l,options:c.map(b=>[b.id,b.name])}),t("div",{class:"field",children:[t("span",{"aria-hidden":"true",children:" "}),t("button",{type:"submit",class:"primary",disabled:g.busy||!s,children:"Enregistrer la règle"})]})]}),g.feedback]})}function gr({me:e}){let[n,o]=p(""),r=J(sr,i=>i.users,{filter:n.trim()?{search:n.trim()}:null},[n]),s=i=>i.disabledAt?`Désactivé le ${k(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${pe[i.enrolmentStatus].toLowerCase()}`:"Actif";return t(w,{title:"Comptes",children:[t("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:t(A,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&t(I,{kind:"error",children:r.error}),r.total!==null&&t("p",{class:"count",children:[r.total," comptes"]}),t(re,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>K[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(u=>u.name).join(", ")||"—")],["État",s],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":t(yr,{user:i,onChanged:r.reload})]]}),r.more]})}function yr({user:e,onChanged:n}){let{run:o,busy:r,feedback:s}=x(async()=>{e.disabledAt?await D(ar,{id:e.id}):await D(ur,{id:e.id}),n()}),i=e.disabledAt?"Réactiver":"Désactiver";return t(T,{children:[t("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),s]})}function br(){let e=J(lr,n=>n.auditEvents,{},[]);return t(w,{title:"Journal d’audit",children:[e.error&&t(I,{kind:"error",children:e.error}),t(re,{rows:e.nodes,rowKey:n=>n.id,columns:[["Date",n=>k(n.at)],["Action",n=>t("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),e.more]})}function Fe({document:e,variables:n,onData:o,onState:r}){let s=null,i=!1,u=0,d,a=async()=>{if(i)return;let l=await jn();if(i)return;let g=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,y=new WebSocket(g,"graphql-transport-ws");s=y,y.onopen=()=>y.send(JSON.stringify({type:"connection_init",payload:l?{authorization:`Bearer ${l}`}:{}})),y.onmessage=c=>{let m;try{m=JSON.parse(String(c.data))}catch{return}switch(m.type){case"connection_ack":u=0,r?.(!0),y.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:n()}}));break;case"ping":y.send(JSON.stringify({type:"pong"}));break;case"next":m.payload?.data&&o(m.payload.data);break;case"error":case"complete":y.close(1e3);break}},y.onclose=()=>{r?.(!1),!i&&(u+=1,d=window.setTimeout(a,Math.min(3e4,500*2**u)))}};return a(),{close(){i=!0,window.clearTimeout(d),s?.close(1e3)}}}var fr=S(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),Sr=S(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),$r=S(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),hr=S(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),Dr=S(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),Rr=S(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),vr=S(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),_r={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function so({report:e,onChanged:n}){let o=_r[e.status]??[],[r,s]=p(o[0]?.[0]??null),[i,u]=p(""),[d,a]=p("");C(()=>s(o[0]?.[0]??null),[e.status]);let{run:l,busy:g,feedback:y}=x(async c=>{let m={publicNote:i.trim()||null,internalNote:d.trim()||null};return c&&r?await D(fr,{id:e.id,to:r,...m}):await D(Sr,{id:e.id,...m}),u(""),a(""),n(),c?"Statut mis à jour.":"Note enregistrée."});return t("form",{class:"action","aria-labelledby":"triage-title",onSubmit:c=>{c.preventDefault(),l(!0)},children:[t("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&t(E,{label:"Nouveau statut",value:r??"",onChange:c=>s(c),options:o}),t(A,{label:"Réponse au signalant (visible par lui)",value:i,onInput:u,multiline:!0}),t(A,{label:"Note interne (brigade seulement)",value:d,onInput:a,multiline:!0}),t("div",{class:"buttons",children:[o.length>0&&t("button",{type:"submit",class:"primary",disabled:g,children:"Appliquer"}),t("button",{type:"button",disabled:g||!i.trim()&&!d.trim(),onClick:()=>void l(!1),children:"Ajouter la note seulement"})]}),y]})}function ao({report:e,onChanged:n}){let o=e.possibleDuplicates.flatMap(({reportId:u,distanceMeters:d,observedAt:a,status:l})=>u&&d!=null&&a?[{reportId:u,distanceMeters:d,observedAt:a,status:l}]:[]),{run:r,busy:s,feedback:i}=x(async u=>(await D($r,{id:e.id,of:u}),n(),"Signalement rattaché comme doublon."));return t("div",{class:"action",children:[t("h3",{children:"Doublons possibles"}),o.length===0?t("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):t("ul",{class:"plain",children:o.map(u=>t("li",{children:["À ",Math.round(u.distanceMeters)," m, observé le ",k(u.observedAt)," (",F[u.status],")"," ",t("button",{type:"button",disabled:s,onClick:()=>void r(u.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(u.distanceMeters)} m le ${k(u.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},u.reportId))}),i]})}function uo({report:e,brigades:n,onChanged:o}){let[r,s]=p(n[0]?.id??""),[i,u]=p("");C(()=>s(g=>g||n[0]?.id||""),[n]);let{run:d,busy:a,feedback:l}=x(async()=>(await D(hr,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return t("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:g=>{g.preventDefault(),d()},children:[t("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),t(E,{label:"Unité destinataire",value:r,onChange:s,options:n.map(g=>[g.id,g.name])}),t(A,{label:"Motif",value:i,onInput:u,required:!0}),t("button",{type:"submit",disabled:a||!r,children:"Transmettre"}),l]})}function lo({report:e}){let[n,o]=p(""),[r,s]=p([]),[i,u]=p(0);C(()=>{D(Dr,{commune:e.commune.code}).then(g=>s(g.interventionAlerts.nodes.filter(y=>y.reportId===e.id))).catch(()=>s([]))},[e.id,i]);let{run:d,busy:a,feedback:l}=x(async()=>{let g=await D(Rr,{commune:e.commune.code,message:n,report:e.id});return o(""),u(y=>y+1),`Alerte envoyée à ${g.sendInterventionAlert.recipients} élu(s).`});return t("div",{class:"action",children:[t("form",{"aria-labelledby":"alert-title",onSubmit:g=>{g.preventDefault(),d()},children:[t("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),t(A,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),t("button",{type:"submit",disabled:a||!n.trim(),children:"Envoyer l’alerte"}),l]}),r.length>0&&t("ul",{class:"plain alerts",children:r.map(g=>t(Ar,{alert:g,onClosed:()=>u(y=>y+1)},g.id))})]})}function Ar({alert:e,onClosed:n}){let[o,r]=p(""),{run:s,busy:i,feedback:u}=x(async()=>(await D(vr,{id:e.id,message:o}),n(),"Fin d’intervention envoyée."));return t("li",{children:[t("time",{dateTime:e.createdAt,children:k(e.createdAt)})," — ",e.message,e.closedAt?t("p",{class:"muted",children:["Terminée le ",k(e.closedAt)]}):t("form",{onSubmit:d=>{d.preventDefault(),s()},children:[t(A,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),u]})]})}var Cr=S(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`),Ir=S(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`),Er=S(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`),Nr=["ACKNOWLEDGED","IN_PROGRESS","RESOLVED","REJECTED"];function co({report:e,onChanged:n,onOpen:o}){let r=e.incident,[s,i]=p("ACKNOWLEDGED"),[u,d]=p(""),[a,l]=p(""),g=x(async()=>(await D(Cr,{id:r.id}),n(),"Incident confirmé.")),y=x(async()=>(await D(Ir,{id:e.id,reason:a.trim()||null}),l(""),n(),"Signalement détaché de l’incident.")),c=x(async()=>{let m=await D(Er,{id:r.id,to:s,publicNote:u.trim()||null});d(""),n();let b=m.transitionIncident.length;return`${b} signalement${b>1?"s":""} passé${b>1?"s":""} à « ${F[s]} » ; chaque signalant est prévenu du sien.`});return r?t("section",{class:"action","aria-labelledby":"incident-title",children:[t("h3",{id:"incident-title",children:["Incident : ",r.reportCount," signalements ",r.confirmed?"(confirmé)":"(regroupement automatique)"]}),t("ul",{class:"incident-reports",children:r.reports.map(m=>t("li",{children:[m.id===e.id?t("strong",{children:[m.category.label," (ce signalement)"]}):t("button",{type:"button",class:"link",onClick:()=>o(m.id),children:m.category.label})," ","— ",F[m.status],", vu ",k(m.observedAt)]},m.id))}),!r.confirmed&&t("button",{type:"button",disabled:g.busy,onClick:()=>void g.run(),children:"Confirmer l’incident"}),g.feedback,t("form",{"aria-label":"Traiter tout l’incident",onSubmit:m=>{m.preventDefault(),c.run()},children:[t(E,{label:"Passer tout l’incident à",value:s,onChange:m=>i(m),options:Nr.map(m=>[m,F[m]])}),t(A,{label:"Réponse aux signalants (chacun la lit sur le sien)",value:u,onInput:d}),t("button",{type:"submit",disabled:c.busy,children:"Faire passer tout l’incident"}),c.feedback]}),t("form",{"aria-label":"Détacher ce signalement",onSubmit:m=>{m.preventDefault(),y.run()},children:[t(A,{label:"Pourquoi ce signalement est un autre fait (note interne)",value:a,onInput:l}),t("button",{type:"submit",disabled:y.busy,children:"Détacher ce signalement de l’incident"}),y.feedback]})]}):null}var xr=S(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),Tr=S(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),qr=S(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),kr=S(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function mo({report:e,onChanged:n}){let[o,r]=p([]),[s,i]=p(e.assignee?.id??""),[u,d]=p(String(e.priority??e.category.urgency)),[a,l]=p(""),[g,y]=p("");C(()=>{D(xr).then(R=>r(R.brigadeStaff)).catch(()=>r([]))},[]),C(()=>{i(e.assignee?.id??""),d(String(e.priority??e.category.urgency))},[e.id,e.assignee?.id,e.priority]);let c=x(async()=>(await D(Tr,{id:e.id,user:s||null}),n(),s?"Signalement attribué.":"Attribution retirée.")),m=x(async()=>(await D(kr,{id:e.id,priority:Number(u),reason:a.trim()||null}),l(""),n(),"Priorité enregistrée.")),b=x(async()=>(await D(qr,{id:e.id,reason:g}),y(""),"Signalé à la commune, qui décidera.")),_=R=>[R.id,`${R.displayName}${R.rank?` (${R.rank})`:""}${R.commander?" — commandant":""}`];return t("div",{class:"action",children:[t("form",{"aria-labelledby":"assign-title",onSubmit:R=>{R.preventDefault(),c.run()},children:[t("h3",{id:"assign-title",children:"Attribuer"}),t(E,{label:"Membre de la brigade",value:s,onChange:i,options:[["","Personne"],...o.map(_)]}),t("button",{type:"submit",disabled:c.busy,children:"Enregistrer l’attribution"}),c.feedback]}),t("form",{"aria-labelledby":"priority-title",onSubmit:R=>{R.preventDefault(),m.run()},children:[t("h3",{id:"priority-title",children:"Priorité"}),t(E,{label:"Priorité de la brigade",value:u,onChange:d,options:Xn.map(R=>[String(R),z[R]])}),t(A,{label:"Raison du changement (note interne)",value:a,onInput:l}),t("button",{type:"submit",disabled:m.busy,children:"Changer la priorité"}),m.feedback]}),e.reporter&&t("form",{"aria-labelledby":"abuse-title",onSubmit:R=>{R.preventDefault(),b.run()},children:[t("h3",{id:"abuse-title",children:"Usage abusif"}),t(A,{label:"Raison, pour la commune (sans le contenu du signalement)",value:g,onInput:y,required:!0}),t("button",{type:"submit",disabled:b.busy||!g.trim(),children:"Signaler l’usage abusif à la commune"}),b.feedback]})]})}var wr=S(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
      incident { id confirmed reportCount reports { id status observedAt category { label } } }
    }
  }
`);function po(e){let[n,o]=p(null),[r,s]=p(null),i=Ee(null);return C(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),C(()=>{o(null),s(null)},[e.id]),C(()=>{let u=!0;return D(wr,{id:e.id}).then(d=>{u&&(s(d.report?null:"Ce signalement n’est plus dans la file de la brigade."),o(d.report))}).catch(d=>u&&s(q(d))),()=>{u=!1}},[e.id,e.revision]),t("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[t("div",{class:"detail-head",children:[t("h2",{id:"detail-title",tabIndex:-1,ref:i,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),t("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&t(I,{kind:"error",children:r}),n&&t(Mr,{report:n,...e},n.id)]})}function Mr({report:e,brigades:n,onChanged:o,onOpen:r}){return t("div",{class:"detail-grid",children:[t("div",{children:[t("dl",{class:"facts",children:[t("dt",{children:"Statut"}),t("dd",{"data-testid":"report-status",children:F[e.status]}),t("dt",{children:"Urgence"}),t("dd",{children:z[e.category.urgency]}),t("dt",{children:"Priorité de la brigade"}),t("dd",{"data-testid":"report-priority",children:e.priority!=null?z[e.priority]:"—"}),t("dt",{children:"À prendre en compte avant"}),t("dd",{children:[e.acknowledgeBy?k(e.acknowledgeBy):"—",e.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("dt",{children:"Attribué à"}),t("dd",{"data-testid":"report-assignee",children:e.assignee?.displayName??"Personne"}),t("dt",{children:"Faits observés"}),t("dd",{children:k(e.observedAt)}),t("dt",{children:"Reçu"}),t("dd",{children:k(e.createdAt)}),t("dt",{children:"Lieu"}),t("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),t("dt",{children:"Acheminement"}),t("dd",{children:[e.brigade.name," (",Jn[e.routingRule],")"]}),t("dt",{children:"Signalant"}),t("dd",{children:e.reporter?t(T,{children:[e.reporter.displayName," — ",t("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&t(T,{children:[" ","— ",t("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),t("h3",{children:"Description"}),t("p",{class:"description",children:e.description}),e.photos.length>0&&t(T,{children:[t("h3",{children:"Photos"}),t("ul",{class:"photos",children:e.photos.map((s,i)=>t("li",{children:t("a",{href:s.url,target:"_blank",rel:"noopener noreferrer",children:t("img",{src:s.url,alt:`Photo ${i+1} jointe au signalement`})})},s.id))})]}),t("h3",{children:"Historique"}),t("ol",{class:"history",children:e.events.map(s=>t("li",{children:[t("time",{dateTime:s.at,children:k(s.at)})," — ",zn[s.kind]??s.kind,s.status&&` : ${F[s.status]}`," ",t("span",{class:"muted",children:["(",K[s.actorRole],")"]}),s.publicNote&&t("p",{class:"note",children:["« ",s.publicNote," »"]}),s.internalNote&&t("p",{class:"note internal",children:["Note interne : ",s.internalNote]})]},s.id))})]}),t("div",{children:[t(so,{report:e,onChanged:o}),t(co,{report:e,onChanged:o,onOpen:r}),t(mo,{report:e,onChanged:o}),t(ao,{report:e,onChanged:o}),t(uo,{report:e,brigades:n,onChanged:o}),t(lo,{report:e})]})]})}var Pr=S(`
  query ProblemCases($after: String) {
    problemCases(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status communeCodes openedAt }
    }
  }
`),Or=S(`
  query ProblemCaseDetail($id: ID!) {
    problemCase(id: $id) {
      id title problem status managedByMe openedAt closedAt assessment
      evaluation { windowDays totalBefore totalAfter afterComplete }
      members { displayName role brigadeName organisation { name } }
      reports { categoryCode status communeCode observedOn }
      actions { id title owner dueOn status outcome }
      meetings { id heldOn attendees minutes }
    }
  }
`),Fr=S(`
  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
    saveProblemCaseAction(caseId: $case, input: $input) { id }
  }
`),Qr=S(`
  mutation CloseProblemCase($case: ID!, $assessment: String!) {
    closeProblemCase(caseId: $case, assessment: $assessment) { id status }
  }
`),Vr=S(`
  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
    recordProblemCaseMeeting(caseId: $case, input: $input) { id }
  }
`),go={PLANNED:"Décidée",IN_PROGRESS:"En cours",DONE:"Réalisée",ABANDONED:"Abandonnée"};function Qe(){let e=J(Pr,r=>r.problemCases,{},[]),[n,o]=p(null);return!e.error&&e.total===0?null:t(w,{title:"Groupes de partenariat",id:"partenariat",children:[e.error&&t(I,{kind:"error",children:e.error}),t("ul",{class:"plain",children:e.nodes.map(r=>t("li",{"data-case":r.id,children:[t("button",{type:"button",class:"link","aria-expanded":n===r.id,onClick:()=>o(n===r.id?null:r.id),children:r.title})," ","— ",r.status==="OPEN"?"en cours":"clos",", ouvert le ",k(r.openedAt),n===r.id&&t(Br,{id:r.id})]},r.id))}),e.more]})}function Br({id:e}){let[n,o]=p(null),[r,s]=p(null),[i,u]=p(0);if(C(()=>{D(Or,{id:e}).then(a=>(o(a.problemCase??null),s(null))).catch(a=>s(q(a)))},[e,i]),r)return t(I,{kind:"error",children:r});if(!n)return null;let d=()=>u(a=>a+1);return t("div",{class:"case",children:[t("p",{class:"description",children:n.problem}),t("h3",{children:"Membres"}),t("ul",{children:n.members.map((a,l)=>t("li",{children:[a.displayName??a.organisation?.name??"—",a.role&&t("span",{class:"muted",children:[" (",K[a.role],a.brigadeName?`, ${a.brigadeName}`:"",")"]})]},l))}),t("h3",{children:["Signalements rattachés (",n.reports.length,")"]}),t("ul",{children:n.reports.map((a,l)=>t("li",{children:[a.categoryCode," — ",F[a.status],", ",a.communeCode,", le ",a.observedOn]},l))}),t("h3",{children:"Actions"}),t("ul",{"data-testid":"case-actions",children:n.actions.map(a=>t("li",{children:[a.title," — ",a.owner,", ",go[a.status],a.dueOn&&`, pour le ${a.dueOn}`,a.outcome&&t("p",{class:"note",children:a.outcome})]},a.id))}),t("h3",{children:"Réunions"}),t("ul",{"data-testid":"case-meetings",children:n.meetings.map(a=>t("li",{children:[a.heldOn," — ",a.attendees,t("p",{class:"note",children:a.minutes})]},a.id))}),n.status==="CLOSED"&&t(T,{children:[t("h3",{children:"Bilan"}),t("p",{"data-testid":"case-assessment",children:n.assessment}),n.evaluation&&t("p",{children:["Signalements dans le secteur : ",n.evaluation.totalBefore," dans les ",n.evaluation.windowDays," jours avant l’ouverture,"," ",n.evaluation.totalAfter," dans les ",n.evaluation.windowDays," jours après",n.evaluation.afterComplete?"":" (période pas encore écoulée)","."]})]}),n.managedByMe&&n.status==="OPEN"&&t(T,{children:[t(Lr,{caseId:n.id,onSaved:d}),t(Ur,{caseId:n.id,onSaved:d}),t(Gr,{caseId:n.id,onClosed:d})]})]})}function Lr({caseId:e,onSaved:n}){let[o,r]=p(""),[s,i]=p(""),[u,d]=p("PLANNED"),a=x(async()=>(await D(Fr,{case:e,input:{title:o,owner:s,status:u}}),r(""),i(""),n(),"Action enregistrée."));return t("form",{"aria-label":"Nouvelle action",onSubmit:l=>{l.preventDefault(),a.run()},children:[t("h3",{children:"Nouvelle action"}),t(A,{label:"Action décidée",value:o,onInput:r,required:!0}),t(A,{label:"Qui la mène",value:s,onInput:i,required:!0}),t(E,{label:"État de l’action",value:u,onChange:l=>d(l),options:Object.entries(go)}),t("button",{type:"submit",disabled:a.busy||!o.trim()||!s.trim(),children:"Enregistrer l’action"}),a.feedback]})}function Ur({caseId:e,onSaved:n}){let[o,r]=p(new Date().toISOString().slice(0,10)),[s,i]=p(""),[u,d]=p(""),a=x(async()=>(await D(Vr,{case:e,input:{heldOn:o,attendees:s,minutes:u}}),i(""),d(""),n(),"Réunion enregistrée."));return t("form",{"aria-label":"Compte rendu de réunion",onSubmit:l=>{l.preventDefault(),a.run()},children:[t("h3",{children:"Compte rendu de réunion"}),t(A,{label:"Date de la réunion (AAAA-MM-JJ)",value:o,onInput:r,required:!0}),t(A,{label:"Participants",value:s,onInput:i,required:!0}),t(A,{label:"Ce qui a été dit et décidé",value:u,onInput:d,required:!0}),t("button",{type:"submit",disabled:a.busy||!s.trim()||!u.trim(),children:"Enregistrer la réunion"}),a.feedback]})}function Gr({caseId:e,onClosed:n}){let[o,r]=p(""),s=x(async()=>(await D(Qr,{case:e,assessment:o}),n(),"Dossier clos."));return t("form",{"aria-label":"Clore le dossier",onSubmit:i=>{i.preventDefault(),s.run()},children:[t("h3",{children:"Clore le dossier"}),t(A,{label:"Bilan du groupe (ce qui a été obtenu)",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:s.busy||!o.trim(),children:"Clore le dossier avec ce bilan"}),s.feedback]})}var Wr=S(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`),Hr=S(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`),jr=S(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`),Kr=S(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`),Zr=S(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`),bo={ADVICE:"Conseil",SECURITY_DIAGNOSIS:"Diagnostic de sécurité",SITUATIONAL_PREVENTION:"Prévention situationnelle",EVENT:"Événement",OTHER:"Autre demande"},yo={OPEN:"En attente de la brigade",ANSWERED:"Répondu",CLOSED:"Clos"};function Ve({communes:e,side:n}){let[o,r]=p(""),[s,i]=p(null),d=J(Wr,l=>l.securityRequests,{status:o||null},[o]),a=l=>e.find(g=>g.code===l)?.name??l;return t(w,{title:"Demandes de sécurité",id:"demandes",children:[t("p",{class:"muted",children:n==="commune"?"Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.":"Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez)."}),t(E,{label:"Demandes à afficher",value:o,onChange:r,options:[["","Toutes"],...Object.entries(yo)]}),d.error&&t(I,{kind:"error",children:d.error}),t("ul",{class:"plain requests",children:d.nodes.map(l=>t("li",{"data-request":l.id,children:[t("button",{type:"button",class:"link","aria-expanded":s===l.id,onClick:()=>i(s===l.id?null:l.id),children:l.subject})," ","— ",a(l.communeCode),", ",bo[l.topic],", ",t("strong",{children:yo[l.status]})," ",t("span",{class:"muted",children:["(",k(l.updatedAt),")"]}),s===l.id&&t(Yr,{id:l.id,onChanged:d.reload})]},l.id))}),d.total===0&&t("p",{class:"muted",children:"Aucune demande."}),d.more,t(zr,{communes:e,side:n,onOpened:d.reload})]})}function Yr({id:e,onChanged:n}){let[o,r]=p(null),[s,i]=p(!1),[u,d]=p(null),[a,l]=p(""),[g,y]=p(0);C(()=>{D(Hr,{id:e}).then(b=>{r(b.securityRequest?.messages??[]),i(b.securityRequest?.status==="CLOSED")}).catch(b=>d(q(b)))},[e,g]);let c=x(async()=>(await D(Kr,{id:e,body:a}),l(""),y(b=>b+1),n(),"Message envoyé.")),m=x(async()=>(await D(Zr,{id:e}),n(),"Demande close."));return t("div",{class:"thread",children:[u&&t(I,{kind:"error",children:u}),t("ol",{class:"history",children:(o??[]).map((b,_)=>t("li",{children:[t("time",{dateTime:b.createdAt,children:k(b.createdAt)})," — ",t("span",{class:"muted",children:K[b.authorRole]}),t("p",{class:"note",children:b.body})]},_))}),!s&&t("form",{"aria-label":"Répondre à la demande",onSubmit:b=>{b.preventDefault(),c.run()},children:[t(A,{label:"Votre réponse",value:a,onInput:l,required:!0}),t("button",{type:"submit",disabled:c.busy||!a.trim(),children:"Envoyer la réponse"}),t("button",{type:"button",disabled:m.busy,onClick:()=>void m.run(),children:"Clore la demande"})]}),c.feedback,m.feedback]})}function zr({communes:e,side:n,onOpened:o}){let[r,s]=p(e[0]?.code??""),[i,u]=p("ADVICE"),[d,a]=p(""),[l,g]=p("");C(()=>{!r&&e[0]&&s(e[0].code)},[e]);let y=x(async()=>(await D(jr,{input:{communeCode:r,topic:i,subject:d,body:l}}),a(""),g(""),o(),n==="commune"?"Demande envoyée au référent.":"Demande envoyée aux élus de la commune."));return t("form",{class:"new-request","aria-labelledby":"new-request-title",onSubmit:c=>{c.preventDefault(),y.run()},children:[t("h3",{id:"new-request-title",children:n==="commune"?"Écrire au référent":"Écrire aux élus d’une commune"}),t(E,{label:"Commune concernée",value:r,onChange:s,options:e.map(c=>[c.code,c.name])}),t(E,{label:"Objet de la demande",value:i,onChange:c=>u(c),options:Object.entries(bo)}),t(A,{label:"Sujet",value:d,onInput:a,required:!0}),t(A,{label:"Premier message",value:l,onInput:g,required:!0}),t("button",{type:"submit",disabled:y.busy||!d.trim()||!l.trim()||!r,children:"Envoyer la demande"}),y.feedback]})}var Jr=20,Xr=S(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),ei=S(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id } } } }
    brigadeTo: brigades { id code name }
  }
`),ti=S(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),ni=S(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function fo({me:e}){let n=e.brigade,[o,r]=p([]),[s,i]=p([]),[u,d]=p([]),[a,l]=p([]),[g,y]=p("OPEN"),[c,m]=p(""),[b,_]=p(""),[R,$]=p(""),[v,P]=p(""),[V,L]=p(!1),[Q,W]=p([null]),[B,ie]=p(null),[U,j]=p(null),[se,be]=p(null),[st,_o]=p(!1),[Ao,Co]=p(""),[at,ut]=p(0),lt=Ee(null);C(()=>{D(ei).then(async f=>{r(f.categories);let X=f.me?.brigade?.communes??[];i(X),d(f.brigadeTo.filter(ae=>ae.id!==n.id));let Be=X.slice(0,100).map(ae=>ae.code),fe=await D(ti,{codes:Be});l(fe.communeOutlines)}).catch(f=>j(q(f)))},[n.id]);let dt=H(()=>{let f={status:g==="OPEN"?Yn:[g]};return c&&(f.categoryCode=c),b&&(f.communeCode=b),R&&(f.createdSince=new Date(Date.now()-Number(R)*36e5).toISOString()),v==="MINE"&&(f.assignment="ASSIGNED_TO_ME"),v==="NOBODY"&&(f.assignment="UNASSIGNED"),v==="OVERDUE"&&(f.overdue=!0),V&&(f.onePerIncident=!0),f},[g,c,b,R,v,V]),ct=Q[Q.length-1];C(()=>{let f=!0;return D(Xr,{filter:dt,first:Jr,after:ct}).then(X=>f&&(ie(X.brigadeQueue),j(null))).catch(X=>f&&j(q(X))),()=>{f=!1}},[dt,ct,at]),C(()=>{let f,X=Fe({document:ni,variables:()=>({brigade:n.id,after:lt.current}),onState:_o,onData:Be=>{let fe=Be.brigadeQueueEvents;lt.current=fe.id,fe.kind==="FILED"&&Co("Nouveau signalement reçu."),window.clearTimeout(f),f=window.setTimeout(()=>ut(ae=>ae+1),150)}});return()=>{window.clearTimeout(f),X.close()}},[n.id]);let ne=Ne(f=>{f(),W([null])},[]),Io=(B?.nodes??[]).map(f=>({id:f.id,latitude:f.location.latitude,longitude:f.location.longitude,weight:f.priority??f.category.urgency,selected:f.id===se,label:`${f.category.label}, ${f.commune.name}, ${F[f.status]}`}));return t("div",{class:"brigade",children:[t("p",{class:"live-state","aria-live":"polite",children:[t("span",{class:st?"dot on":"dot","aria-hidden":"true"}),st?"Mises à jour en direct":"Connexion au direct…",t("span",{class:"visually-hidden",children:Ao})]}),t("div",{class:"columns",children:[t(w,{title:"File des signalements",id:"file",children:[t("form",{class:"filters",onSubmit:f=>f.preventDefault(),"aria-label":"Filtres de la file",children:[t(E,{label:"Statut",value:g,onChange:f=>ne(()=>y(f)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(F)]}),t(E,{label:"Catégorie",value:c,onChange:f=>ne(()=>m(f)),options:[["","Toutes"],...o.map(f=>[f.code,f.label])]}),t(E,{label:"Commune",value:b,onChange:f=>ne(()=>_(f)),options:[["","Toutes"],...s.map(f=>[f.code,f.name])]}),t(E,{label:"Reçus depuis",value:R,onChange:f=>ne(()=>$(f)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),t(E,{label:"Suivi",value:v,onChange:f=>ne(()=>P(f)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:V,onChange:f=>ne(()=>L(f.currentTarget.checked))}),"Une ligne par incident"]})]}),U&&t(I,{kind:"error",children:U}),B&&t(T,{children:[t("p",{class:"count","data-testid":"queue-count",children:[B.totalCount," signalement",B.totalCount>1?"s":""]}),t("table",{class:"queue",children:[t("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Priorité"}),t("th",{scope:"col",children:"Catégorie"}),t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Reçu"}),t("th",{scope:"col",children:"Statut"}),t("th",{scope:"col",children:"Attribué à"})]})}),t("tbody",{children:B.nodes.map(f=>t("tr",{class:f.id===se?"selected":"","data-report":f.id,children:[t("td",{children:[t("span",{class:`urgency urgency-${f.priority??f.category.urgency}`,children:z[f.priority??f.category.urgency]}),f.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("td",{children:[t("button",{type:"button",class:"link",onClick:()=>be(f.id),"aria-pressed":f.id===se,children:f.category.label}),f.incident&&t("span",{class:"incident-badge",children:["Incident · ",f.incident.reportCount," signalements"]}),t("span",{class:"excerpt",children:f.description.slice(0,80)})]}),t("td",{children:f.commune.name}),t("td",{children:t("time",{dateTime:f.createdAt,children:to(f.createdAt)})}),t("td",{children:F[f.status]}),t("td",{children:f.assignee?.displayName??"—"})]},f.id))})]}),B.nodes.length===0&&t("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),t("nav",{class:"pager","aria-label":"Pages de la file",children:[t("button",{type:"button",disabled:Q.length<2,onClick:()=>W(Q.slice(0,-1)),children:"Page précédente"}),t("span",{children:["Page ",Q.length]}),t("button",{type:"button",disabled:!B.pageInfo.hasNextPage,onClick:()=>W([...Q,B.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),t(w,{title:"Carte de la file",id:"carte",children:t(oe,{title:`Communes couvertes par ${n.name}`,outlines:a,points:Io,onSelect:be})})]}),t(oi,{me:e,communes:s}),t(Qe,{}),se&&t(po,{id:se,revision:at,brigades:u,onClose:()=>be(null),onChanged:()=>ut(f=>f+1),onOpen:be})]})}function oi({me:e,communes:n}){let o=e.commander?n:n.filter(r=>r.referent?.id===e.id);return o.length===0?null:t(Ve,{communes:o,side:"brigade"})}var ri=S(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),ii=S(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function So({code:e}){let[n,o]=p(null),[r,s]=p(null),[i,u]=p(0);return C(()=>{D(ri,{code:e}).then(d=>(o(d.abuseFlags.nodes),s(null))).catch(d=>s(q(d)))},[e,i]),!r&&n?.length===0?null:t(w,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&t(I,{kind:"error",children:r}),t("ul",{class:"plain",children:(n??[]).map(d=>t(si,{flag:d,onDecided:()=>u(a=>a+1)},d.id))})]})}function si({flag:e,onDecided:n}){let[o,r]=p(""),{run:s,busy:i,feedback:u}=x(async a=>(await D(ii,{id:e.id,suspend:a,note:o.trim()||null}),n(),a?"Habitant suspendu.":"Signalement classé.")),d=e.resident?.displayName??"Habitant";return t("li",{"data-flag":e.id,children:[t("p",{children:[t("strong",{children:d})," — signalé par ",e.brigade.name," le ",t("time",{dateTime:e.createdAt,children:k(e.createdAt)})]}),t("p",{class:"note",children:["« ",e.reason," »"]}),t(A,{label:`Raison de la décision pour ${d}`,value:o,onInput:r}),t("div",{class:"buttons",children:[t("button",{type:"button",class:"danger",disabled:i,onClick:()=>void s(!0),children:"Suspendre l’habitant"}),t("button",{type:"button",disabled:i,onClick:()=>void s(!1),children:"Classer sans suite"})]}),u]})}var ai=S(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function Do({me:e}){let n=e.coordinatedCommunes,[o,r]=p(n[0]?.code??""),[s,i]=p({enrolments:0,alerts:0});return C(()=>{let u=Fe({document:ai,variables:()=>({}),onData:d=>{let a=d.myNotifications.kind;a==="ENROLMENT_REQUEST"&&i(l=>({...l,enrolments:l.enrolments+1})),a==="INTERVENTION_ALERT"&&i(l=>({...l,alerts:l.alerts+1}))}});return()=>u.close()},[]),o?t("div",{class:"commune",children:[n.length>1&&t("form",{class:"filters",onSubmit:u=>u.preventDefault(),children:t(E,{label:"Commune",value:o,onChange:r,options:n.map(u=>[u.code,u.name])})}),t("div",{class:"columns",children:[t(yi,{code:o,heard:s.enrolments}),t(fi,{code:o,heard:s.alerts})]}),t(So,{code:o}),t(Ve,{communes:n,side:"commune"}),t(Qe,{}),t($i,{code:o}),t(li,{code:o})]}):t(I,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var ui=S(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function li({code:e}){let n=new Date().getFullYear(),[o,r]=p(String(n)),[s,i]=p(null),[u,d]=p(null);C(()=>{D(ui,{code:e,year:Number(o)}).then(y=>(i(y),d(null))).catch(y=>d(q(y)))},[e,o]);let a=s?.communeBilan,l=()=>{if(!a)return;let y=URL.createObjectURL(new Blob([a.csv],{type:"text/csv;charset=utf-8"})),c=document.createElement("a");c.href=y,c.download=`bilan-${e}-${o}.csv`,c.click(),URL.revokeObjectURL(y)},g=[0,1,2,3,4].map(y=>[String(n-y),String(n-y)]);return t(w,{title:"Bilan annuel",id:"bilan",children:[t("form",{class:"filters",onSubmit:y=>y.preventDefault(),"aria-label":"Année du bilan",children:t(E,{label:"Année",value:o,onChange:r,options:g})}),u&&t(I,{kind:"error",children:u}),a&&t(T,{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"bilan-total",children:a.total??`< ${a.threshold}`})," signalements"]})}),t("p",{children:["Les nombres inférieurs à ",a.threshold," sont masqués (« < ",a.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),t("button",{type:"button",onClick:l,children:"Télécharger le bilan (CSV)"})]})]})}var di=S(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),ci=S(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),mi=S(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),pi=S(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),gi=S(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function yi({code:e,heard:n}){let[o,r]=p("PENDING"),s=J(di,i=>i.enrolmentRequests,{code:e,status:o},[e,o,n]);return t(w,{title:"Inscriptions des habitants",id:"inscriptions",children:[t("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:t(E,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(pe)})}),s.error&&t(I,{kind:"error",children:s.error}),s.total!==null&&t(T,{children:[t("p",{class:"count",children:[s.total," inscription",s.total>1?"s":""," ",pe[o].toLowerCase(),s.total>1?"s":""]}),t("ul",{class:"people",children:s.nodes.map(i=>t(bi,{person:i,onChanged:s.reload},i.id))}),s.more]})]})}function bi({person:e,onChanged:n}){let[o,r]=p(""),{run:s,busy:i,feedback:u}=x(async a=>{a==="approve"||a==="reject"?await D(ci,{id:e.id,approve:a==="approve",reason:o.trim()||null}):a==="suspend"?await D(mi,{id:e.id,reason:o}):await D(pi,{id:e.id}),n()}),d=e.enrolmentStatus==="PENDING";return t("li",{class:"person","data-person":e.email,children:[t("div",{children:[t("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(d||e.enrolmentStatus==="APPROVED")&&t(A,{label:d?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),t("div",{class:"buttons",children:[d&&t(T,{children:[t("button",{type:"button",class:"primary",disabled:i,onClick:()=>void s("approve"),children:["Approuver ",e.displayName]}),t("button",{type:"button",disabled:i,onClick:()=>void s("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&t("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void s("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&t("button",{type:"button",disabled:i,onClick:()=>void s("reinstate"),children:"Rétablir"})]}),u]})}function fi({code:e,heard:n}){let[o,r]=p(null),[s,i]=p(null);return C(()=>{D(gi,{code:e}).then(u=>r(u.interventionAlerts.nodes)).catch(u=>i(q(u)))},[e,n]),t(w,{title:"Alertes d’intervention reçues",id:"alertes",children:[s&&t(I,{kind:"error",children:s}),o&&o.length===0&&t("p",{class:"muted",children:"Aucune alerte."}),t("ul",{class:"plain alerts",children:(o??[]).map(u=>t("li",{children:[t("time",{dateTime:u.createdAt,children:k(u.createdAt)})," — ",u.message,u.closedAt?t("p",{class:"muted",children:["Terminée le ",k(u.closedAt)," ",u.closingMessage&&`: ${u.closingMessage}`]}):t("p",{class:"badge",children:"En cours"})]},u.id))})]})}var Si=S(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);function $o(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function $i({code:e}){let[n,o]=p($o(-90)),[r,s]=p($o(0)),[i,u]=p(null),[d,a]=p(null);C(()=>{let m={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};D(Si,{code:e,...m}).then(b=>(u(b),a(null))).catch(b=>a(q(b)))},[e,n,r]);let l=H(()=>Object.fromEntries((i?.categories??[]).map(m=>[m.code,m.label])),[i]),g=H(()=>{let m=new Map;for(let b of i?.communeActivity.reports.nodes??[]){let _=`${b.location.latitude},${b.location.longitude}`,R=m.get(_)??{...b.location,count:0};R.count+=1,m.set(_,R)}return[...m.entries()].map(([b,_])=>({id:b,latitude:_.latitude,longitude:_.longitude,weight:_.count,label:`${_.count} signalement${_.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),y=i?.communeActivity,c=i?.communeOutlines??[];return t(w,{title:"Activité de la commune",id:"activite",children:[t("form",{class:"filters",onSubmit:m=>m.preventDefault(),"aria-label":"Période",children:[t(A,{label:"Du",type:"date",value:n,onInput:o}),t(A,{label:"Au",type:"date",value:r,onInput:s})]}),d&&t(I,{kind:"error",children:d}),y&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:[t("span",{children:[t("strong",{"data-testid":"activity-total",children:y.total})," signalements"]}),t("span",{children:["Délai médian de prise en compte : ",t("strong",{children:we(y.medianSecondsToAcknowledge)})]})]}),t(Pe,{weeks:Me(y.byWeek,n||y.byWeek[0]?.key||r,r)}),t("div",{class:"columns",children:[t(ho,{title:"Par catégorie",rows:y.byCategory,label:m=>l[m]??m}),t(ho,{title:"Par statut",rows:y.byStatus,label:Zn})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:c,points:g,grid:!0})]})]})}function ho({title:e,rows:n,label:o}){return t("table",{class:"counts",children:[t("caption",{children:e}),t("tbody",{children:n.map(r=>t("tr",{children:[t("th",{scope:"row",children:o(r.key)}),t("td",{children:r.count})]},r.key))})]})}var hi=S(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function Ro({onEnabled:e}){let[n,o]=p(null),[r,s]=p(""),[i,u]=p(null),[d,a]=p(!1),[l,g]=p(!1),y=async c=>{g(!0),u(null);try{let m=await D(hi,{code:c});o(m.setTotp),m.setTotp.enabled&&e(),s("")}catch(m){m instanceof G&&m.code==="CONFLICT"?a(!0):u(q(m))}finally{g(!1)}};return t(w,{title:"Double authentification",id:"securite",children:[d&&t(I,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!d&&t(T,{children:[t("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),t("button",{type:"button",disabled:l,onClick:()=>void y(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&t("form",{"aria-label":"Confirmer la double authentification",onSubmit:c=>{c.preventDefault(),y(r.trim())},children:[t("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&t("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&t("p",{children:["Ou saisissez la clé à la main : ",t("code",{children:n.secret})]}),t(A,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:s,required:!0}),t("button",{type:"submit",class:"primary",disabled:l,children:"Confirmer"})]}),n?.enabled&&t(T,{children:[t(I,{kind:"success",children:"Double authentification activée."}),t("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),t("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(c=>t("li",{children:t("code",{children:c})},c))})]}),i&&t(I,{kind:"error",children:i})]})}var Di=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function Ri(){let[e,n]=p(void 0),[o,r]=p(null),[s,i]=p(0);C(()=>{let d=Gn(a=>a===null&&n(null));return me().then(u),d},[]);let u=async d=>{if(d&&!Di.includes(d.role)){await qe(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}eo(d?.brigade?.timeZone??d?.coordinatedCommunes[0]?.timeZone),n(d)};return C(()=>{document.title=e?`${it(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?t("p",{class:"loading",children:"Chargement…"}):e===null?t(vi,{refused:o,onSignedIn:d=>void u(d)}):t(T,{children:[t("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),t("header",{class:"top",children:[t("div",{class:"brand",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),t("span",{children:"Vigie"}),t("span",{class:"muted",children:it(e)})]}),t("div",{class:"who",children:[t("span",{children:[e.displayName," — ",K[e.role]]}),t("button",{type:"button",onClick:()=>void qe(),children:"Se déconnecter"}),t("button",{type:"button",onClick:()=>void qe(!0),children:"Se déconnecter partout"})]})]}),t("main",{id:"contenu",tabIndex:-1,children:[t("h1",{children:it(e)}),t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&t(fo,{me:e}),e.role==="COORDINATOR"&&t(Do,{me:e}),e.role==="ADMIN"&&t(io,{me:e})]},s),t(Ro,{onEnabled:()=>i(d=>d+1)})]})]})}function it(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(n=>n.name).join(", ")}`:"Administration"}function vi({refused:e,onSignedIn:n}){let[o,r]=p(""),[s,i]=p(""),[u,d]=p(""),[a,l]=p(!1),[g,y]=p(null),[c,m]=p(!1);return t("main",{class:"sign-in",id:"contenu",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),t("h1",{children:"Vigie — consoles de la participation citoyenne"}),t("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&t(I,{kind:"error",children:e}),t("form",{onSubmit:async _=>{_.preventDefault(),m(!0),y(null);try{n(await Kn(o.trim(),s,a?u.trim():null))}catch(R){R instanceof G&&R.code==="TOTP_REQUIRED"?l(!0):y(q(R))}finally{m(!1)}},"aria-label":"Connexion",children:[t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t(A,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),t(A,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:s,onInput:i,required:!0}),a&&t(A,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:u,onInput:d,required:!0}),g&&t(I,{kind:"error",children:g}),t("button",{type:"submit",class:"primary",disabled:c,children:"Se connecter"})]})]})}var vo=document.getElementById("app");vo&&It(t(Ri,{}),vo);})();
