; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.sock = type { i64, i64 }
%struct.sock_common = type { i64, i64 }
%union.anon.50 = type { i64 }
%struct.anon.51 = type { i64 }
%union.anon.43 = type { i64 }
%struct.anon.44 = type { i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.sock:0:0$0:0:0:0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.sock:0:12$0:0:1:0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.sock:0:24$0:1" = external global i64, !llvm.preserve.access.index !_ #0
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "tracepoint/sock/inet_sock_set_state" !dbg !_ {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !_
  %tmp4 = alloca [1 x i64], align 8, !dbg !_
  %tmp2 = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !_
  %6 = bitcast i8* %5 to i64*, !dbg !_
  %7 = load i64, i64* %6, align 8, !dbg !_
  %8 = inttoptr i64 %7 to i8*, !dbg !_
  %9 = load i64, i64* @"llvm.sock:0:12$0:0:1:0:0", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %10)
  %12 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !_
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !_
  store i64 0, i64* %13, align 8, !dbg !_
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 2, i8* %11) #1, !dbg !_
  %15 = bitcast [1 x i64]* %tmp2 to i16*, !dbg !_
  %16 = load i16, i16* %15, align 8, !dbg !_
  %17 = load i64, i64* @"llvm.sock:0:0$0:0:0:0:0", align 8
  %18 = getelementptr i8, i8* %8, i64 %17
  %19 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %18)
  %20 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !_
  %21 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !_
  store i64 0, i64* %21, align 8, !dbg !_
  %22 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 4, i8* %19) #1, !dbg !_
  %23 = bitcast [1 x i64]* %tmp4 to i32*, !dbg !_
  %24 = load i32, i32* %23, align 8, !dbg !_
  %25 = load i64, i64* @"llvm.sock:0:24$0:1", align 8
  %26 = getelementptr i8, i8* %8, i64 %25
  %27 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %26)
  %28 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !_
  %29 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !_
  store i64 0, i64* %29, align 8, !dbg !_
  %30 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %28, i32 4, i8* %27) #1, !dbg !_
  %31 = bitcast [1 x i64]* %tmp6 to i32*, !dbg !_
  %32 = load i32, i32* %31, align 8, !dbg !_
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %33, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %pid.match
  %34 = sext i32 %32 to i64, !dbg !_
  %35 = zext i32 %24 to i64, !dbg !_
  %36 = zext i16 %16 to i64, !dbg !_
  %37 = bitcast i8* %33 to i64*, !dbg !_
  store i64 1, i64* %37, align 8, !dbg !_
  %38 = getelementptr i8, i8* %33, i64 8, !dbg !_
  %39 = bitcast i8* %38 to i64*, !dbg !_
  store i64 %36, i64* %39, align 8, !dbg !_
  %40 = getelementptr i8, i8* %33, i64 16, !dbg !_
  %41 = bitcast i8* %40 to i64*, !dbg !_
  store i64 %35, i64* %41, align 8, !dbg !_
  %42 = getelementptr i8, i8* %33, i64 24, !dbg !_
  %43 = bitcast i8* %42 to i64*, !dbg !_
  store i64 %34, i64* %43, align 8, !dbg !_
  %44 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %45 = icmp ugt i64 %44, 65536, !dbg !_
  %46 = select i1 %45, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %46) #1, !dbg !_
  br label %return, !dbg !_

rec.lost:                                         ; preds = %pid.match
  %47 = bitcast i32* %zero to i8*, !dbg !_
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #1, !dbg !_
  %.not9 = icmp eq i8* %48, null, !dbg !_
  br i1 %.not9, label %return, label %stat.inc, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %49 = bitcast i8* %48 to i64*, !dbg !_
  %50 = load i64, i64* %49, align 8, !dbg !_
  %51 = add i64 %50, 1, !dbg !_
  store i64 %51, i64* %49, align 8, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 64, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "sock", scope: !_, file: !_, size: 320, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "sock_common", scope: !_, file: !_, size: 192, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_union_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_union_type, scope: !_, file: !_, size: 64, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "__sk_common", scope: !_, file: !_, baseType: !_, size: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "sk_rcvbuf", scope: !_, file: !_, baseType: !_, size: 32, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "skc_daddr", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "skc_dport", scope: !_, file: !_, baseType: !_, size: 16)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, scope: !_, file: !_, baseType: !_, size: 32, offset: 96)
!_ = !DIDerivedType(tag: DW_TAG_member, scope: !_, file: !_, baseType: !_, size: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, scope: !_, file: !_, baseType: !_, size: 64)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_cast_union.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 7, type: !_)
!_ = !DILocation(line: 7, column: 1, scope: !_)
!_ = !DILocation(line: 7, scope: !_)
!_ = !DILocation(line: 8, column: 2, scope: !_)
!_ = !DILocation(line: 9, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 40, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !_, file: !_, line: 7, type: !_, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }
declare %union.anon.43* @llvm.preserve.union.access.index.p0s_union.anon.43s.p0s_union.anon.43s(%union.anon.43*, i32 immarg) #3
declare %union.anon.50* @llvm.preserve.union.access.index.p0s_union.anon.50s.p0s_union.anon.50s(%union.anon.50*, i32 immarg) #3
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.44s(%struct.anon.44*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.51s(%struct.anon.51*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.sock_commons(%struct.sock_common*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.socks(%struct.sock*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
